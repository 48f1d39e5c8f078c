import type { Framework } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import { bulkInsert, jsonParam } from '../assessments/sql/bulk-insert';
import type { DistrictTree } from './district-plan';

/** One demo annual value: the branch's claim, and the reviewer's decision if there was one. */
export interface DemoAnnualClaim {
  branchId: string;
  code: string;
  /** The branch's claim and its grounds; null: the committee entered the item itself. */
  claim: { value: unknown; evidence: string } | null;
  /** The reviewed (official) value; absent: not reviewed yet (待审核). */
  reviewed?: unknown;
  /** The branch changed its claim after the review (已修改，待复核): the claim above is the new one. */
  changedAfterReview?: boolean;
}

/**
 * The demo year's annual-only items (年度加分, 年度扣分), written as the API leaves them: a reviewed
 * claim is official, an unreviewed or changed one waits for a reviewer (review_pending, the one
 * definition; annual-values.service.ts). Items the year's framework does not list are left out (an
 * older shared framework without annual items). Fixed timestamps around the demo's "today".
 */
export async function insertDemoAnnualClaims(
  m: EntityManager,
  districtId: string,
  year: number,
  reviewerId: string,
  claims: readonly DemoAnnualClaim[],
): Promise<number> {
  const [period]: { definition: Framework }[] = await m.query(
    `SELECT f.definition FROM period p JOIN framework f ON f.id = p.framework_id
      WHERE p.district_id = $1 AND p.year = $2 ORDER BY p.quarter DESC LIMIT 1`,
    [districtId, year],
  );
  const known = new Set((period?.definition.annual?.indicators ?? []).map((i) => i.code));
  const rows = claims.filter((c) => known.has(c.code));
  const claimedAt = `${year}-11-12T02:00:00Z`;
  const reviewedAt = `${year}-11-18T06:30:00Z`;
  const changedAt = `${year}-11-20T01:15:00Z`;
  await bulkInsert(
    m,
    'annual_value',
    [
      { name: 'district_id' },
      { name: 'year' },
      { name: 'branch_id' },
      { name: 'indicator_code' },
      { name: 'self_value', cast: 'jsonb' },
      { name: 'evidence' },
      { name: 'reviewed_value', cast: 'jsonb' },
      { name: 'reviewed_at', cast: 'timestamptz' },
      { name: 'reviewed_by', cast: 'uuid' },
      { name: 'review_pending', cast: 'boolean' },
      { name: 'updated_at', cast: 'timestamptz' },
    ],
    rows.map((c) => {
      const reviewed = c.reviewed !== undefined;
      const pending = c.claim !== null && (!reviewed || Boolean(c.changedAfterReview));
      return [
        districtId,
        year,
        c.branchId,
        c.code,
        jsonParam(c.claim?.value),
        c.claim?.evidence ?? null,
        reviewed ? jsonParam(c.reviewed) : null,
        reviewed ? reviewedAt : null,
        reviewed ? reviewerId : null,
        pending,
        c.changedAfterReview ? changedAt : reviewed ? reviewedAt : claimedAt,
      ];
    }),
  );
  return rows.length;
}

/**
 * The year's annual items a new user should meet (default framework): in 东城 (the demo reviewer's
 * street) two reviewed claims, one reviewed inspection finding, one claim waiting (待审核) and one
 * changed after its review (已修改，待复核); in 西湖 one waiting claim only the admin's queue shows.
 * The demo branch user's own branch has none, so it starts with an empty annual card.
 */
export function demoAnnualClaims(tree: DistrictTree, ownBranchId: string): DemoAnnualClaim[] {
  const dc = tree.branches.filter((b) => b.streetCode === 'DC' && b.unit.id !== ownBranchId);
  const xh = tree.branches.filter((b) => b.streetCode === 'XH' && b.vetoQuarter === null);
  const id = (b: { unit: { id: string } }) => b.unit.id;
  return [
    {
      branchId: id(dc[0]),
      code: 'ANNUAL_DISTRICT_COMMENDATION',
      claim: { value: 1, evidence: '2026年7月获评区级先进基层党组织' },
      reviewed: 1,
    },
    {
      branchId: id(dc[1]),
      code: 'ANNUAL_CITY_COMMENDATION',
      claim: { value: 1, evidence: '2026年6月支部书记获评市级优秀党务工作者' },
      reviewed: 1,
    },
    // Entered by the committee from the district's inspection (区委巡察), no claim by the branch.
    { branchId: id(dc[1]), code: 'ANNUAL_INSPECTION_FINDINGS', claim: null, reviewed: 2 },
    {
      branchId: id(dc[3]),
      code: 'ANNUAL_DISTRICT_COMMENDATION',
      claim: { value: 2, evidence: '2026年获评区级优秀共产党员2名' },
    },
    {
      branchId: id(dc[5]),
      code: 'ANNUAL_DISTRICT_COMMENDATION',
      claim: { value: 2, evidence: '区级先进基层党组织；区级优秀共产党员1名（11月补充）' },
      reviewed: 1,
      changedAfterReview: true,
    },
    {
      branchId: id(xh[0]),
      code: 'ANNUAL_CITY_COMMENDATION',
      claim: { value: 1, evidence: '2026年9月获评市级“五星级党支部”' },
    },
  ];
}
