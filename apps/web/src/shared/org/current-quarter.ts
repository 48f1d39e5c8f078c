/** A quarter as the period lists give it, newest first (the API's order). */
export interface QuarterStatus {
  code: string;
  status: string;
}

/**
 * The quarter every screen opens on: the open quarter due first (the oldest one still open), else
 * the newest. An admin may open the next quarter before closing this one; the newest open quarter
 * then sent a branch to an empty form and hid the draft whose deadline was nearer, and showed the
 * committee a quarter where nobody had reported yet.
 */
export function currentQuarter(periods: readonly QuarterStatus[]): string | null {
  const open = periods.filter((p) => p.status === 'OPEN');
  return (open.at(-1) ?? periods[0])?.code ?? null;
}
