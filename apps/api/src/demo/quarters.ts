/** Quarter arithmetic for seeding: codes, boundaries and deadlines (Beijing time, UTC+8). */
export interface QuarterInfo {
  code: string;
  year: number;
  quarter: number;
  start: Date;
  /** Reports are due ten days after the quarter ends, at 24:00 Beijing time. */
  deadline: Date;
}

export function quarterOf(date: Date): { year: number; quarter: number } {
  // Quarters follow the Beijing calendar.
  const local = new Date(date.getTime() + 8 * 3600_000);
  return { year: local.getUTCFullYear(), quarter: Math.floor(local.getUTCMonth() / 3) + 1 };
}

export function quarterInfo(year: number, quarter: number): QuarterInfo {
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1) - 8 * 3600_000);
  const nextStart = new Date(Date.UTC(year, quarter * 3, 1) - 8 * 3600_000);
  return {
    code: `${year}Q${quarter}`,
    year,
    quarter,
    start,
    deadline: new Date(nextStart.getTime() + 10 * 86400_000),
  };
}

/** The `count` quarters ending with the one containing `now`, oldest first. */
export function lastQuarters(now: Date, count: number): QuarterInfo[] {
  const { year, quarter } = quarterOf(now);
  const result: QuarterInfo[] = [];
  let index = year * 4 + (quarter - 1);
  for (let i = 0; i < count; i++, index--)
    result.unshift(quarterInfo(Math.floor(index / 4), (index % 4) + 1));
  return result;
}
