import { createTestApp, type TestApp } from '../../test/test-app';
import { PEER_STANDING } from '../analytics/testing/analytics-ops';
import { download, fillAssessment, getAssessment, pdfText, seedWorld } from './testing/report-ops';
import { importDefaultFramework, rankOf, seedQuarters, variant } from './testing/suite-data';

describe('branch report download (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  it('branch.pdf: a BRANCH user gets its own report (peers as figures only) and is refused another branch (404 as a missing one, audited)', async () => {
    const w = await seedQuarters(t, frameworkId, 'BR');
    const own = await download(
      t,
      `/api/reports/branch.pdf?branchId=${w.tree.branches[0].id}&period=2026Q4`,
      w.tokens.branches[0],
    );
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('BRB-A1_2026Q4_考评报告.pdf')}`,
    );
    const text = pdfText(own.body);
    const a1 = await getAssessment(t, w.tokens.admin, w.tree.branches[0].id, '2026Q4');
    expect(text).toContain('BRB-A1');
    expect(text).toContain(a1.officialScore!.total.toFixed(2));
    expect(text).toContain('同一上级排名');
    // A1's one reviewed value (its meetings), with the reviewer's reason.
    expect(text.replace(/\s+/g, '')).toContain('审核调整（1项）三会一课落实率（核查台账后调整）');
    // The peer (A2, same street) is counted, never named.
    const a2 = await getAssessment(t, w.tokens.admin, w.tree.branches[1].id, '2026Q4');
    const totals = [a1.officialScore!.total, a2.officialScore!.total];
    expect(text).toContain(`${rankOf(a1.officialScore!.total, totals)}/2`);
    expect(text).not.toContain('BRB-A2');

    const foreign = await download(
      t,
      `/api/reports/branch.pdf?branchId=${w.tree.branches[1].id}&period=2026Q4`,
      w.tokens.branches[0],
    );
    expect(foreign.status).toBe(404);
    const missing = await download(
      t,
      `/api/reports/branch.pdf?branchId=5f0c6f43-9b3e-4c1e-8a55-000000000000&period=2026Q4`,
      w.tokens.branches[0],
    );
    expect(missing.status).toBe(404);
    expect(
      JSON.stringify(missing.json()).replaceAll(
        '5f0c6f43-9b3e-4c1e-8a55-000000000000',
        w.tree.branches[1].id,
      ),
    ).toBe(JSON.stringify(foreign.json()));
    const audit: { after: { attemptedAction: string; reason: string } }[] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = $1 AND target_id = $2`,
      [w.branchUserIds[0], w.tree.branches[1].id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ attemptedAction: 'report.branch.pdf', reason: 'SCOPE' });

    // Committee roles read any branch in scope; a street reviewer not the other street's.
    expect(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.tree.branches[1].id}&period=2026Q4`,
          w.tokens.reviewer,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.tree.branches[2].id}&period=2026Q4`,
          w.tokens.reviewer,
        )
      ).status,
    ).toBe(404);
    const street = await download(
      t,
      `/api/reports/branch.pdf?branchId=${w.tree.streets[0].id}&period=2026Q4`,
      w.tokens.admin,
    );
    expect(street.status).toBe(400);
    expect(street.json()).toMatchObject({ reason: 'NOT_A_BRANCH' });
    // A branch without any value still gets its page.
    expect(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.tree.branches[3].id}&period=2026Q4`,
          w.tokens.branches[3],
        )
      ).status,
    ).toBe(200);
  });

  it('branch.pdf ranks among reported peers only; a draft branch sees its own provisional score, labelled, unranked', async () => {
    // Street A: A1 approved, A2 submitted, AX1 a draft (with a stored provisional score), AX2 approved.
    const w = await seedQuarters(t, frameworkId, 'BD', 2);
    const view = (i: number) => getAssessment(t, w.tokens.admin, w.branches[i].id, '2026Q4');
    const [a1, a2, ax1, ax2] = await Promise.all([view(0), view(1), view(4), view(5)]);
    expect([ax1.status, typeof ax1.officialScore?.total]).toEqual(['DRAFT', 'number']);
    const reported = [a1, a2, ax2].map((a) => a.officialScore!.total);

    const own = pdfText(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.branches[0].id}&period=2026Q4`,
          w.tokens.branches[0],
        )
      ).body,
    );
    expect(own).toContain(`${rankOf(a1.officialScore!.total, reported)}/3`);
    expect(own).not.toContain('暂定');
    // A1 is approved: the one score called 审核. A2 is submitted, not reviewed: provisional.
    expect(own).toContain('审核总分');
    const submitted = pdfText(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.branches[1].id}&period=2026Q4`,
          w.tokens.branches[1],
        )
      ).body,
    );
    expect(submitted).toContain('待审核总分');
    expect(submitted).not.toMatch(/(^|[^待])审核总分/);

    const draft = pdfText(
      (
        await download(
          t,
          `/api/reports/branch.pdf?branchId=${w.branches[4].id}&period=2026Q4`,
          w.tokens.branches[4],
        )
      ).body,
    );
    expect(draft).toContain('暂定总分');
    expect(draft).not.toContain('审核总分');
    expect(draft).toContain(ax1.officialScore!.total.toFixed(2));
    expect(draft).not.toMatch(/\d+\/3/);
  });

  it('branch.pdf prints the peer rank the branch page shows (one competition rank): a tie shares 2/3, nobody is 3rd', async () => {
    // Street A: A1 (community) approved; AX1 and AX2 (organ, same values: the same total) approved and
    // submitted. A2 never reports, so it is no peer. By hand: A1 1st; AX1 and AX2 tie for 2nd of 3.
    const w = await seedWorld(t, 'BT', frameworkId, ['2026Q4'], 2);
    const a1 = await fillAssessment(t, w, 0, '2026Q4', variant(12, 3), 'APPROVED');
    const ax1 = await fillAssessment(t, w, 4, '2026Q4', variant(8, 1), 'APPROVED');
    const ax2 = await fillAssessment(t, w, 5, '2026Q4', variant(8, 1), 'SUBMITTED');
    expect(ax1.officialScore!.total).toBe(ax2.officialScore!.total);
    expect(a1.officialScore!.total).toBeGreaterThan(ax1.officialScore!.total);

    const expected = new Map([
      [0, '1/3'],
      [4, '2/3'],
      [5, '2/3'],
    ]);
    for (const [i, shown] of expected) {
      const id = w.branches[i].id;
      // The dashboard's reader: the branch page's peer standing over GraphQL.
      const r = await t.gql<{ peerStanding: { sameParent: { peerCount: number; rank: number | null } } }>(
        PEER_STANDING,
        { branchId: id, period: '2026Q4' },
        w.tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      const standing = r.data!.peerStanding.sameParent;
      expect(`${standing.rank}/${standing.peerCount}`).toBe(shown);
      // The report's reader: the branch PDF's text.
      const text = pdfText(
        (await download(t, `/api/reports/branch.pdf?branchId=${id}&period=2026Q4`, w.tokens.admin)).body,
      );
      expect(text).toContain(`${standing.rank}/${standing.peerCount}`);
      expect(text).not.toContain('3/3');
    }
  });
});
