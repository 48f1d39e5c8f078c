import type { DataSource } from 'typeorm';

/** An id no district holds: what a missing row answers, to compare another district's id with. */
export const RANDOM_ID = '5f0c6f43-9b3e-4c1e-8a55-000000000000';

/** The `attemptedAction` of every ACCESS_DENIED event about these ids, oldest first. */
export async function accessDeniedAbout(ds: DataSource, ids: string[]): Promise<string[]> {
  const rows: { action: string }[] = await ds.query(
    `SELECT after ->> 'attemptedAction' AS action FROM audit_event
      WHERE action = 'ACCESS_DENIED' AND target_id = ANY($1::text[]) ORDER BY created_at`,
    [ids],
  );
  return rows.map((r) => r.action);
}

/** The answer to another district's id is the answer to a missing one (RANDOM_ID), but for the id. */
export function expectAlike(foreign: unknown, missing: unknown, foreignId: string): void {
  expect(JSON.stringify(missing).replaceAll(RANDOM_ID, foreignId)).toBe(JSON.stringify(foreign));
}
