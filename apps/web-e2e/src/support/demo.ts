import type { Api } from './graphql';

/** The demo district's open quarter (the seeder's fixed "today" is 2026-11-22). */
export const PERIOD = '2026Q4';

export type Status = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

export interface OwnAssessment {
  id: string;
  status: Status;
  version: number;
  branchId: string;
  branch: { name: string; code: string };
  gap: number | null;
  selfScore: { total: number } | null;
  officialScore: { total: number } | null;
  values: { indicatorCode: string; reviewedValue: unknown; reviewReason: string | null }[];
}

const OWN_ASSESSMENT = `query Own($period: String!) {
  assessments(period: $period) {
    id status version branchId branch { name code } gap selfScore { total } officialScore { total }
    values { indicatorCode reviewedValue reviewReason }
  }
}`;

/** The BRANCH demo user's assessment of the open quarter (the seeder leaves it an empty DRAFT). */
export async function ownAssessment(api: Api): Promise<OwnAssessment> {
  const { assessments } = await api.as<{ assessments: OwnAssessment[] }>('branch', OWN_ASSESSMENT, {
    period: PERIOD,
  });
  if (assessments.length !== 1)
    throw new Error(`the branch user should have one ${PERIOD} assessment, got ${assessments.length}`);
  return assessments[0];
}

/**
 * Brings the branch's assessment back to a state the branch can edit, whatever an earlier spec left:
 * SUBMITTED → returned by the reviewer, APPROVED → reopened by the admin (both audited, as in real
 * life). DRAFT and RETURNED stay as they are. So every spec can run alone or in any order.
 */
export async function ensureEditable(api: Api): Promise<OwnAssessment> {
  const current = await ownAssessment(api);
  const vars = { id: current.id, version: current.version };
  if (current.status === 'SUBMITTED') {
    await api.as(
      'reviewer',
      `mutation R($id: ID!, $version: Int!) { reviewAssessment(assessmentId: $id, expectedVersion: $version, decision: RETURN, comment: "e2e: 重新开放填写") { id } }`,
      vars,
    );
  } else if (current.status === 'APPROVED') {
    await api.as(
      'admin',
      `mutation O($id: ID!, $version: Int!) { reopenAssessment(assessmentId: $id, expectedVersion: $version, reason: "e2e: 重新开放填写") { id } }`,
      vars,
    );
  } else {
    return current;
  }
  return ownAssessment(api);
}

/** The branch's own stored value and evidence of one indicator (null when not answered). */
export async function ownValue(
  api: Api,
  indicatorCode: string,
): Promise<{ selfValue: unknown; evidence: string | null } | null> {
  const { assessments } = await api.as<{
    assessments: { values: { indicatorCode: string; selfValue: unknown; evidence: string | null }[] }[];
  }>(
    'branch',
    'query V($period: String!) { assessments(period: $period) { values { indicatorCode selfValue evidence } } }',
    { period: PERIOD },
  );
  return assessments[0]?.values.find((v) => v.indicatorCode === indicatorCode) ?? null;
}

export interface ScoreboardSnapshot {
  assessed: number;
  expected: number;
  awaitingReview: number;
  approved: number;
  branch: { status: Status | null; total: number | null };
}

/** The district's figures and one branch's row, as the overview reads them (admin's scope). */
export async function districtScoreboard(api: Api, branchId: string): Promise<ScoreboardSnapshot> {
  const { me } = await api.as<{ me: { scopeUnitId: string } }>('admin', '{ me { scopeUnitId } }');
  const { scoreboard } = await api.as<{
    scoreboard: {
      figures: { assessed: number; expected: number; submission: { submitted: number; approved: number } };
      branches: { id: string; status: Status | null; total: number | null }[];
    };
  }>(
    'admin',
    `query S($period: String!, $unit: ID!) {
      scoreboard(period: $period, unitId: $unit) {
        figures { assessed expected submission { submitted approved } }
        branches { id status total }
      }
    }`,
    { period: PERIOD, unit: me.scopeUnitId },
  );
  const row = scoreboard.branches.find((b) => b.id === branchId);
  if (!row) throw new Error(`branch ${branchId} is not on the district scoreboard`);
  const { figures } = scoreboard;
  return {
    assessed: figures.assessed,
    expected: figures.expected,
    awaitingReview: figures.submission.submitted,
    approved: figures.submission.approved,
    branch: { status: row.status, total: row.total },
  };
}

/** Another branch of the same street as the demo branch: the closest thing a branch user could try. */
export async function neighbourBranch(
  api: Api,
  ownBranchId: string,
): Promise<{ id: string; name: string; code: string }> {
  interface Unit {
    id: string;
    name: string;
    code: string;
    kind: string;
    active: boolean;
    children?: Unit[] | null;
  }
  const { orgTree } = await api.as<{ orgTree: Unit }>(
    'admin',
    '{ orgTree { id name code kind active children { id name code kind active children { id name code kind active } } } }',
  );
  const street = orgTree.children?.find((s) => s.children?.some((b) => b.id === ownBranchId));
  const other = street?.children?.find((b) => b.kind === 'BRANCH' && b.active && b.id !== ownBranchId);
  if (!other) throw new Error('no other active branch next to the demo branch');
  return other;
}
