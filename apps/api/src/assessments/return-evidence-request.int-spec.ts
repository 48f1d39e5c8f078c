import { createTestApp, type TestApp } from '../../test/test-app';
import { fillAssessment, seedWorld } from '../reports/testing/report-ops';
import { importDefaultFramework, PERIOD } from '../reports/testing/suite-data';
import { COMMUNITY_VALUES } from './testing/assessment-ops';

const RETURN = `mutation ($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String, $e: [String!]) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: $d, comment: $c, evidenceRequested: $e) {
    status version history { toStatus comment evidenceRequested }
  }
}`;
const HISTORY = `query ($branchId: ID!, $period: String!) {
  assessment(branchId: $branchId, period: $period) { status history { toStatus comment evidenceRequested } }
}`;

interface Reviewed {
  reviewAssessment: {
    status: string;
    version: number;
    history: { toStatus: string; comment: string | null; evidenceRequested: string[] }[];
  };
}

describe('returning an assessment asking for evidence on named indicators', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  it('keeps the named indicators with the return, in framework order, and shows them to the branch', async () => {
    const w = await seedWorld(t, 'RER', frameworkId, [PERIOD]);
    const a = await fillAssessment(t, w, 0, PERIOD, COMMUNITY_VALUES, 'SUBMITTED');
    const review = (variables: Record<string, unknown>) =>
      t.gql<Reviewed>(RETURN, { id: a.id, v: a.version, ...variables }, w.tokens.reviewer);

    // Unknown codes, and an indicator that does not apply to a community branch, are refused by name.
    const unknown = await review({ d: 'RETURN', c: '补材料', e: ['ORG_MEETINGS', 'NO_SUCH'] });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidenceRequested',
      indicators: ['NO_SUCH'],
    });
    expect(unknown.errors?.[0].message).toContain('NO_SUCH');
    const rural = await review({ d: 'RETURN', c: '补材料', e: ['ORG_RURAL_REVITALIZATION'] });
    expect(rural.errors?.[0].extensions).toMatchObject({ indicators: ['ORG_RURAL_REVITALIZATION'] });
    // Approving cannot ask for anything.
    const approve = await review({ d: 'APPROVE', e: ['ORG_MEETINGS'] });
    expect(approve.errors?.[0].extensions).toMatchObject({ field: 'evidenceRequested' });

    const ok = await review({
      d: 'RETURN',
      c: '请补充会议记录和活动照片',
      e: ['ORG_THEME_DAYS', 'ORG_MEETINGS', 'ORG_THEME_DAYS'],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reviewAssessment.status).toBe('RETURNED');
    const history = ok.data!.reviewAssessment.history;
    expect(history.at(-1)).toEqual({
      toStatus: 'RETURNED',
      comment: '请补充会议记录和活动照片',
      evidenceRequested: ['ORG_MEETINGS', 'ORG_THEME_DAYS'],
    });
    // Every other change asks for nothing.
    expect(history.slice(0, -1).every((h) => h.evidenceRequested.length === 0)).toBe(true);

    const seen = await t.gql<{ assessment: { history: { evidenceRequested: string[] }[] } }>(
      HISTORY,
      { branchId: w.branches[0].id, period: PERIOD },
      w.tokens.branches[0],
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.assessment.history.at(-1)!.evidenceRequested).toEqual([
      'ORG_MEETINGS',
      'ORG_THEME_DAYS',
    ]);
  });
});
