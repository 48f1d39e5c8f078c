import type { EntityManager } from 'typeorm';
import { bulkInsert, jsonParam } from './bulk-insert';

export interface ValueWrite {
  indicatorCode: string;
  /** undefined: keep the stored value; null: clear it (missing). */
  value?: unknown;
  /** undefined: keep the stored evidence; null: clear it. */
  evidence?: string | null;
}

const COLUMNS = [
  { name: 'assessment_id' },
  { name: 'indicator_code' },
  { name: 'district_id' },
  { name: 'self_value', cast: 'jsonb' },
  { name: 'evidence' },
];

/**
 * Upserts a branch's self values. An omitted field keeps what is stored (so attaching evidence does
 * not wipe the value), an explicit null clears it. Rows are grouped by which columns they set, so
 * a save is at most three multi-row statements.
 */
export async function upsertSelfValues(
  manager: EntityManager,
  assessmentId: string,
  districtId: string,
  writes: ValueWrite[],
): Promise<void> {
  const groups: Record<'both' | 'value' | 'evidence', ValueWrite[]> = { both: [], value: [], evidence: [] };
  for (const w of writes) {
    const hasValue = w.value !== undefined;
    const hasEvidence = w.evidence !== undefined;
    if (hasValue && hasEvidence) groups.both.push(w);
    else if (hasValue) groups.value.push(w);
    else if (hasEvidence) groups.evidence.push(w);
  }
  const set = {
    both: 'self_value = EXCLUDED.self_value, evidence = EXCLUDED.evidence',
    value: 'self_value = EXCLUDED.self_value',
    evidence: 'evidence = EXCLUDED.evidence',
  };
  for (const kind of ['both', 'value', 'evidence'] as const) {
    await bulkInsert(
      manager,
      'indicator_value',
      COLUMNS,
      groups[kind].map((w) => [
        assessmentId,
        w.indicatorCode,
        districtId,
        jsonParam(w.value),
        w.evidence ?? null,
      ]),
      `ON CONFLICT (assessment_id, indicator_code, district_id) DO UPDATE SET ${set[kind]}, updated_at = now()`,
    );
  }
}
