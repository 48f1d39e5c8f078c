import type { EntityManager } from 'typeorm';
import { defaultFramework } from '@pathboard/frameworks';
import { NEXT_VERSION_SQL } from '../frameworks/framework-ownership';
import type { Framework } from '@pathboard/scoring';
import { computeDual, writeScores } from '../assessments/assessment-scores.writer';
import { bulkInsert, jsonParam } from '../assessments/sql/bulk-insert';
import { demoReviewReason } from './value-generator';
import type { UnitRow } from './district-plan';
import type { AssessmentPlan } from './quarter-batch';
import type { QuarterInfo } from './quarters';

/** Bulk writers for seeding: multi-row INSERTs only, so thousands of rows cost a handful of statements. */

export async function insertUnits(manager: EntityManager, units: UnitRow[]): Promise<void> {
  await bulkInsert(
    manager,
    'org_unit',
    [
      { name: 'id' },
      { name: 'parent_id' },
      { name: 'path' },
      { name: 'code' },
      { name: 'name' },
      { name: 'kind', cast: 'org_unit_kind' },
      { name: 'sector', cast: 'org_unit_sector' },
      { name: 'member_count' },
      { name: 'active' },
      { name: 'district_id' },
    ],
    units.map((u) => [
      u.id,
      u.parentId,
      u.path,
      u.code,
      u.name,
      u.kind,
      u.sector,
      u.memberCount,
      u.active,
      u.districtId,
    ]),
  );
}

/**
 * The newest shared (system) version of the default framework, or a freshly inserted (locked) one.
 * Only system versions count: a district's own PATHBOARD_DEFAULT is that district's business.
 */
export async function ensureDefaultFramework(
  manager: EntityManager,
): Promise<{ id: string; framework: Framework }> {
  const [existing]: { id: string; definition: Framework }[] = await manager.query(
    `SELECT id, definition FROM framework WHERE code = $1 AND district_id IS NULL ORDER BY version DESC LIMIT 1`,
    [defaultFramework.code],
  );
  if (existing) {
    await manager.query(`UPDATE framework SET locked = true WHERE id = $1`, [existing.id]);
    return { id: existing.id, framework: existing.definition };
  }
  const [{ next }]: { next: number | string }[] = await manager.query(NEXT_VERSION_SQL, [
    defaultFramework.code,
    null,
  ]);
  const framework: Framework = { ...JSON.parse(JSON.stringify(defaultFramework)), version: Number(next) };
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO framework (code, version, name, definition, locked) VALUES ($1, $2, $3::jsonb, $4::jsonb, true) RETURNING id`,
    [framework.code, framework.version, jsonParam(framework.name), jsonParam(framework)],
  );
  return { id: row.id, framework };
}

export async function insertPeriod(
  manager: EntityManager,
  p: { id: string; districtId: string; quarter: QuarterInfo; frameworkId: string; open: boolean },
): Promise<void> {
  const closedAt = p.open ? null : new Date(p.quarter.deadline.getTime() + 20 * 86400_000);
  await manager.query(
    `INSERT INTO period (id, district_id, code, year, quarter, framework_id, deadline, status, created_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      p.id,
      p.districtId,
      p.quarter.code,
      p.quarter.year,
      p.quarter.quarter,
      p.frameworkId,
      p.quarter.deadline,
      p.open ? 'OPEN' : 'CLOSED',
      p.quarter.start,
      closedAt,
    ],
  );
}

/** Assessments of one period with their values, history and both stored scores. */
export async function insertAssessments(
  manager: EntityManager,
  ctx: {
    districtId: string;
    periodId: string;
    frameworkId: string;
    framework: Framework;
    createdAt: Date;
    explain: boolean;
  },
  plans: AssessmentPlan[],
): Promise<void> {
  await bulkInsert(
    manager,
    'assessment',
    [
      'id',
      'district_id',
      'branch_id',
      'period_id',
      'framework_id',
      'status',
      'version',
      'submitted_at',
      'on_time',
      'first_submitted_at',
      'created_at',
      'updated_at',
    ].map((name) => ({ name })),
    plans.map((a) => [
      a.id,
      ctx.districtId,
      a.profile.unit.id,
      ctx.periodId,
      ctx.frameworkId,
      a.status,
      a.version,
      a.submittedAt,
      a.onTime,
      a.firstSubmittedAt,
      ctx.createdAt,
      a.updatedAt,
    ]),
  );
  const valueRows: unknown[][] = [];
  const historyRows: unknown[][] = [];
  for (const a of plans) {
    for (const [code, pair] of Object.entries(a.pairs)) {
      valueRows.push([
        a.id,
        code,
        ctx.districtId,
        jsonParam(pair.self),
        jsonParam(pair.reviewed),
        pair.reviewed === undefined || pair.reviewed === null ? null : demoReviewReason(code),
        a.evidence[code] ?? null,
        a.updatedAt,
      ]);
    }
    for (const h of a.history)
      historyRows.push([a.id, ctx.districtId, h.from, h.to, h.actor, h.comment, h.at]);
  }
  await bulkInsert(
    manager,
    'indicator_value',
    [
      { name: 'assessment_id' },
      { name: 'indicator_code' },
      { name: 'district_id' },
      { name: 'self_value', cast: 'jsonb' },
      { name: 'reviewed_value', cast: 'jsonb' },
      { name: 'review_reason' },
      { name: 'evidence' },
      { name: 'updated_at' },
    ],
    valueRows,
  );
  await bulkInsert(
    manager,
    'assessment_status_change',
    ['assessment_id', 'district_id', 'from_status', 'to_status', 'actor_id', 'comment', 'at'].map((name) => ({
      name,
    })),
    historyRows,
  );
  // A draft nobody has touched has no score yet, exactly as through the API.
  const scored = plans
    .filter((a) => a.status !== 'DRAFT' || Object.keys(a.pairs).length > 0)
    .map((a) => {
      const assessment = {
        id: a.id,
        districtId: ctx.districtId,
        periodId: ctx.periodId,
        branchId: a.profile.unit.id,
      };
      const dual = computeDual(
        { assessment, framework: ctx.framework, sector: a.profile.unit.sector ?? undefined, pairs: a.pairs },
        ctx.explain,
      );
      return { assessment, dual };
    });
  await writeScores(manager, scored, false);
}
