import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedPeriod, seedScores } from '../analytics/testing/analytics-fixtures';
import { Role } from '../auth/role.enum';
import { importDefaultFramework } from '../reports/testing/suite-data';

/** A 星级 scheme (docs/framework-format.md#annual): 积分制, star grades, three annual-only items. */
const STARS: Framework = {
  ...defaultFramework,
  code: 'AV-STARS',
  version: 1,
  annual: {
    combine: { method: 'sum' },
    missingQuarter: 'zero',
    grades: [
      { code: 'FIVE', name: { zh: '五星', en: 'five stars' }, min: 360 },
      { code: 'FOUR', name: { zh: '四星', en: 'four stars' }, min: 320 },
      { code: 'THREE', name: { zh: '三星', en: 'three stars' }, min: 280 },
      { code: 'TWO', name: { zh: '二星', en: 'two stars' }, min: 240 },
      { code: 'ONE', name: { zh: '一星', en: 'one star' }, min: 0 },
    ],
    indicators: [
      {
        code: 'ANNUAL_COMMENDATION',
        name: { zh: '年度表彰', en: 'commendations this year' },
        rule: { type: 'bonus', points: 2, cap: 6 },
      },
      {
        code: 'ANNUAL_FINDINGS',
        name: { zh: '年度巡察发现问题', en: 'findings of the annual inspection' },
        rule: { type: 'deduction', points: 5, cap: 20 },
      },
      {
        code: 'NO_INNOVATION_PROJECT',
        name: { zh: '未开展党建创新项目', en: 'no innovation project' },
        rule: { type: 'veto', capGrade: 'FOUR' },
      },
    ],
    bonusCap: 10,
  },
};

/** The default grades and the mean of the quarters, with an annual 表彰 bonus. */
const MEAN_BONUS: Framework = {
  ...defaultFramework,
  code: 'AV-MEAN',
  version: 1,
  annual: {
    combine: { method: 'mean' },
    indicators: [
      {
        code: 'ANNUAL_COMMENDATION',
        name: { zh: '年度表彰', en: 'commendations this year' },
        rule: { type: 'bonus', points: 2, cap: 6 },
      },
    ],
  },
};

const ITEMS_FIELDS = `branchId year status writable items { code role applicable selfValue evidence reviewedValue reviewedAt reviewState points vetoTriggered reason { zh en } }
  result { total grade { code } uncappedGrade { code } cappedBy { source code capGrade { code } } quarterPoints bonusPoints deductionPoints explanation { zh en } }`;
const ITEMS = `query ($b: ID!, $y: Int!) { annualItems(branchId: $b, year: $y) { ${ITEMS_FIELDS} } }`;
const SAVE = `mutation ($i: SaveAnnualValuesInput!) { saveAnnualValues(input: $i) { ${ITEMS_FIELDS} } }`;
const REVIEW = `mutation ($i: ReviewAnnualValuesInput!) { reviewAnnualValues(input: $i) { ${ITEMS_FIELDS} } }`;

interface Items {
  status: string;
  writable: boolean;
  items: {
    code: string;
    selfValue: unknown;
    reviewedValue: unknown;
    reviewedAt: string | null;
    reviewState: string;
    points: number;
  }[];
  result: {
    total: number;
    grade: { code: string };
    uncappedGrade: { code: string };
    cappedBy: { source: string; code: string; capGrade: { code: string } } | null;
    bonusPoints: number;
    deductionPoints: number;
    explanation: { zh: string; en: string };
  } | null;
}

/** Annual-only items entered by the branch, reviewed by the committee, counted in the year; hand-computed. */
describe('annual-only values (年度加分, 年度扣分, annual veto)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<Items> {
    const r = await t.gql<Record<string, Items>>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0];
  }
  async function fails(query: string, variables: Record<string, unknown>, token: string) {
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeDefined();
    return r.errors![0];
  }

  it('a branch claims, a reviewer decides; the reviewed items move the 积分制 total and cap the stars', async () => {
    const frameworkId = await importDefaultFramework(t, STARS);
    const tree = await seedOrgTree(t.dataSource, 'AV-');
    const [a1, a2, b1] = tree.branches;
    const districtId = tree.district.id;
    const periods: Record<number, string> = {};
    const totals = [90, 92, 95, 93];
    for (const q of [1, 2, 3, 4]) {
      periods[q] = await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
      await seedScores(t.dataSource, { districtId, periodId: periods[q], frameworkId }, [
        { branchId: a1.id, spec: { total: totals[q - 1], gradeCode: 'EXCELLENT' } },
        { branchId: a2.id, spec: { total: 80 } },
      ]);
    }
    const user = async (role: Role, scopeUnitId: string) =>
      t.signToken((await createUserFixture(t.dataSource, { role, scopeUnitId })).user);
    const branch = await user(Role.BRANCH, a1.id);
    const reviewer = await user(Role.REVIEWER, tree.streets[0].id);
    const otherReviewer = await user(Role.REVIEWER, tree.streets[1].id);
    const admin = await user(Role.ADMIN, districtId);
    const viewer = await user(Role.VIEWER, districtId);
    const input = (values: unknown[], branchId = a1.id, year = 2026) => ({ i: { branchId, year, values } });

    // The branch's claim is not official: 90 + 92 + 95 + 93 = 370 → 五星, nothing added.
    const claimed = await ok(
      SAVE,
      input([
        { indicatorCode: 'ANNUAL_COMMENDATION', value: 3, evidence: '区级先进基层党组织' },
        { indicatorCode: 'NO_INNOVATION_PROJECT', value: false },
      ]),
      branch,
    );
    expect(claimed).toMatchObject({ status: 'OPEN', writable: true });
    expect(claimed.items[0]).toMatchObject({
      code: 'ANNUAL_COMMENDATION',
      selfValue: 3,
      reviewedAt: null,
      points: 0,
      // Not "未填写": the branch did fill it in; it counts once a reviewer certifies it.
      reason: { zh: '已填报，待审核认定；审核认定后计入' },
    });
    expect(claimed.result).toMatchObject({ total: 370, grade: { code: 'FIVE' }, bonusPoints: 0 });

    // Bad values are refused whole, naming the indicator and the problem; nothing changes.
    const bad = await fails(
      SAVE,
      input([
        { indicatorCode: 'ANNUAL_COMMENDATION', value: -1 },
        { indicatorCode: 'NO_SUCH_ITEM', value: 1 },
      ]),
      branch,
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUES' });
    expect(
      (bad.extensions!['issues'] as { indicator: string; code: string }[]).map((i) => [i.indicator, i.code]),
    ).toEqual([
      ['ANNUAL_COMMENDATION', 'NEGATIVE'],
      ['NO_SUCH_ITEM', 'UNKNOWN_INDICATOR'],
    ]);
    expect((await fails(SAVE, input([], a1.id, 1999), branch)).message).toMatch(/year/);
    expect((await fails(SAVE, input([], 'not-a-uuid'), branch)).message).toMatch(/branchId/);
    expect((await ok(ITEMS, { b: a1.id, y: 2026 }, branch)).items[0].selfValue).toBe(3);

    // Deny by default: another branch answers as missing, a branch cannot review, a viewer cannot write,
    // a reviewer of the other street sees no such branch.
    expect((await fails(SAVE, input([], a2.id), branch)).extensions!['code']).toBe('NOT_FOUND');
    expect((await fails(ITEMS, { b: a2.id, y: 2026 }, branch)).extensions!['code']).toBe('NOT_FOUND');
    expect((await fails(REVIEW, input([]), branch)).extensions!['code']).toBe('FORBIDDEN');
    expect((await fails(SAVE, input([]), viewer)).extensions!['code']).toBe('FORBIDDEN');
    expect((await fails(REVIEW, input([]), otherReviewer)).extensions!['code']).toBe('NOT_FOUND');
    expect((await fails(REVIEW, input([], b1.id, 2027), reviewer)).extensions!['code']).toBe('NOT_FOUND');

    // The reviewer accepts two commendations: 370 + 2 × 2 = 374 → 五星.
    const reviewed = await ok(
      REVIEW,
      input([
        { indicatorCode: 'ANNUAL_COMMENDATION', value: 2 },
        { indicatorCode: 'NO_INNOVATION_PROJECT', value: false },
      ]),
      reviewer,
    );
    expect(reviewed.items[0]).toMatchObject({ selfValue: 3, reviewedValue: 2, points: 4 });
    expect(reviewed.items[0].reviewedAt).not.toBeNull();
    expect(reviewed.result).toMatchObject({
      total: 374,
      grade: { code: 'FIVE' },
      bonusPoints: 4,
      cappedBy: null,
    });
    expect(reviewed.result!.explanation.zh).toContain('年度加分 +4');

    // No innovation project: the annual veto caps 五星 at 四星; one inspection finding: 374 − 5 = 369.
    const capped = await ok(
      REVIEW,
      input([
        { indicatorCode: 'NO_INNOVATION_PROJECT', value: true },
        { indicatorCode: 'ANNUAL_FINDINGS', value: 1 },
      ]),
      reviewer,
    );
    expect(capped.result).toMatchObject({
      total: 369,
      grade: { code: 'FOUR' },
      uncappedGrade: { code: 'FIVE' },
      cappedBy: { source: 'ANNUAL_VETO', code: 'NO_INNOVATION_PROJECT', capGrade: { code: 'FOUR' } },
      bonusPoints: 4,
      deductionPoints: 5,
    });
    expect(capped.items.map((i) => i.points)).toEqual([4, -5, 0]);
    expect(capped.result!.explanation.zh).toContain('年度否决项');

    // Closing the fourth quarter freezes the year with the reviewed items; a closed year refuses writes.
    const close = (q: number) =>
      t.gql(
        `mutation ($id: ID!) { closePeriod(periodId: $id, force: true) { status } }`,
        { id: periods[q] },
        admin,
      );
    for (const q of [1, 2, 3, 4]) expect((await close(q)).errors).toBeUndefined();
    const [stored] = await t.dataSource.query(
      `SELECT total::float8 AS total, grade_code FROM annual_result WHERE district_id = $1 AND year = 2026 AND branch_id = $2`,
      [districtId, a1.id],
    );
    expect(stored).toEqual({ total: 369, grade_code: 'FOUR' });
    const frozen = await ok(ITEMS, { b: a1.id, y: 2026 }, reviewer);
    expect(frozen).toMatchObject({ status: 'FROZEN', writable: false });
    for (const [q, token] of [
      [SAVE, branch],
      [REVIEW, reviewer],
    ] as const)
      expect(
        (await fails(q, input([{ indicatorCode: 'ANNUAL_FINDINGS', value: 0 }]), token)).extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'YEAR_CLOSED',
        message: { zh: '2026年度四个季度均已关闭，年度结果已定稿，年度事项不能再修改。' },
      });

    // Reopening Q4 opens the year again; the corrected finding is in the year recomputed at the close.
    const reopen = await t.gql(
      `mutation ($id: ID!) { reopenPeriod(periodId: $id, reason: "巡察结论更正") { status } }`,
      { id: periods[4] },
      admin,
    );
    expect(reopen.errors).toBeUndefined();
    await ok(REVIEW, input([{ indicatorCode: 'ANNUAL_FINDINGS', value: 0 }]), admin);
    expect((await close(4)).errors).toBeUndefined();
    const [recomputed] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE district_id = $1 AND action = 'ANNUAL_RECOMPUTED'`,
      [districtId],
    );
    expect(recomputed.after.changes).toEqual([
      { branchId: a1.id, before: { total: 369, grade: 'FOUR' }, after: { total: 374, grade: 'FOUR' } },
    ]);
    const audits = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE district_id = $1 AND target_type = 'AnnualValues' ORDER BY created_at`,
      [districtId],
    );
    expect(audits.map((a: { action: string }) => a.action)).toEqual([
      'ANNUAL_VALUES_SAVED',
      'ANNUAL_VALUES_REVIEWED',
      'ANNUAL_VALUES_REVIEWED',
      'ANNUAL_VALUES_REVIEWED',
    ]);
  });

  it('a claim changed after its review waits in the queue; the reviewed value counts until reviewed again', async () => {
    const frameworkId = await importDefaultFramework(t, { ...MEAN_BONUS, code: 'AV-QUEUE' });
    const tree = await seedOrgTree(t.dataSource, 'AX-');
    const [a1, a2, b1] = tree.branches;
    const districtId = tree.district.id;
    for (const [q, totals] of [
      [1, [80, 70, 60]],
      [2, [90, 70, 60]],
    ] as const) {
      const periodId = await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
      await seedScores(
        t.dataSource,
        { districtId, periodId, frameworkId },
        [a1, a2, b1].map((b, i) => ({ branchId: b.id, spec: { total: totals[i] } })),
      );
    }
    const user = async (role: Role, scopeUnitId: string) =>
      t.signToken((await createUserFixture(t.dataSource, { role, scopeUnitId })).user);
    const branchA1 = await user(Role.BRANCH, a1.id);
    const branchB1 = await user(Role.BRANCH, b1.id);
    const reviewer = await user(Role.REVIEWER, tree.streets[0].id);
    const otherReviewer = await user(Role.REVIEWER, tree.streets[1].id);
    const admin = await user(Role.ADMIN, districtId);
    const viewer = await user(Role.VIEWER, districtId);
    const claim = (branchId: string, value: unknown, evidence: string | null = '区级先进基层党组织') => ({
      i: { branchId, year: 2026, values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value, evidence }] },
    });
    const review = (branchId: string, value: unknown) => ({
      i: { branchId, year: 2026, values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value }] },
    });
    const QUEUE = `query ($y: Int!) { annualClaimsToReview(year: $y) { branchId branchCode pending changed claimedAt } }`;
    const queue = async (token: string) => {
      const r = await t.gql<{
        annualClaimsToReview: { branchId: string; pending: number; changed: number; claimedAt: string }[];
      }>(QUEUE, { y: 2026 }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.annualClaimsToReview.map((row) => [row.branchId, row.pending, row.changed]);
    };
    const item = (items: Items) => {
      const it = items.items[0];
      return [it.reviewState, it.selfValue, it.reviewedValue, it.points, items.result!.total];
    };
    expect(await queue(reviewer)).toEqual([]);

    // a1 claims two commendations: 待审核, nothing official: (80 + 90) ÷ 2 = 85.
    expect(item(await ok(SAVE, claim(a1.id, 2), branchA1))).toEqual(['PENDING', 2, null, 0, 85]);
    // b1 (the other street) claims one: (60 + 60) ÷ 2 = 60.
    expect(item(await ok(SAVE, claim(b1.id, 1), branchB1))).toEqual(['PENDING', 1, null, 0, 60]);
    // Each reviewer sees their street's branch only, the admin both (oldest claim first).
    expect(await queue(reviewer)).toEqual([[a1.id, 1, 0]]);
    expect(await queue(otherReviewer)).toEqual([[b1.id, 1, 0]]);
    expect(await queue(admin)).toEqual([
      [a1.id, 1, 0],
      [b1.id, 1, 0],
    ]);
    for (const token of [viewer, branchA1])
      expect((await fails(QUEUE, { y: 2026 }, token)).extensions!['code']).toBe('FORBIDDEN');

    // Reviewed as claimed: 85 + 2 × 2 = 89; a1 leaves the queue.
    expect(item(await ok(REVIEW, review(a1.id, 2), reviewer))).toEqual(['REVIEWED', 2, 2, 4, 89]);
    expect(await queue(reviewer)).toEqual([]);
    // Saving the same claim again flags nothing.
    expect(item(await ok(SAVE, claim(a1.id, 2), branchA1))).toEqual(['REVIEWED', 2, 2, 4, 89]);
    expect(await queue(reviewer)).toEqual([]);

    // The branch changes its claim to 3: 已修改，待复核; the reviewed 2 still counts: 89, not 85 + 6 = 91.
    expect(item(await ok(SAVE, claim(a1.id, 3), branchA1))).toEqual(['CHANGED', 3, 2, 4, 89]);
    expect(await queue(reviewer)).toEqual([[a1.id, 0, 1]]);
    expect(item(await ok(ITEMS, { b: a1.id, y: 2026 }, reviewer))).toEqual(['CHANGED', 3, 2, 4, 89]);
    // Reviewed again: 85 + 3 × 2 = 91.
    expect(item(await ok(REVIEW, review(a1.id, 3), reviewer))).toEqual(['REVIEWED', 3, 3, 6, 91]);
    expect(await queue(reviewer)).toEqual([]);

    // A changed note alone, or a withdrawn claim, after the review is a change too; 91 stays official.
    expect(item(await ok(SAVE, claim(a1.id, 3, '市级表彰'), branchA1))).toEqual(['CHANGED', 3, 3, 6, 91]);
    await ok(REVIEW, review(a1.id, 3), reviewer);
    expect(item(await ok(SAVE, claim(a1.id, null, null), branchA1))).toEqual(['CHANGED', null, 3, 6, 91]);
    expect(await queue(reviewer)).toEqual([[a1.id, 0, 1]]);
    // A claim withdrawn before any review leaves nothing to review.
    expect(item(await ok(SAVE, claim(b1.id, null, null), branchB1))).toEqual(['NONE', null, null, 0, 60]);
    expect(await queue(otherReviewer)).toEqual([]);

    // A closed year (all four quarters closed) can no longer be reviewed, so its claims leave the queue.
    for (const q of [3, 4]) await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
    await t.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE district_id = $1 AND year = 2026`, [
      districtId,
    ]);
    expect(await queue(reviewer)).toEqual([]);
  });

  it('an annual bonus lifts a mean past 100', async () => {
    const frameworkId = await importDefaultFramework(t, MEAN_BONUS);
    const tree = await seedOrgTree(t.dataSource, 'AW-');
    const [a1] = tree.branches;
    const districtId = tree.district.id;
    for (const [q, total] of [
      [1, 98],
      [2, 97.5],
    ] as const) {
      const periodId = await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
      await seedScores(t.dataSource, { districtId, periodId, frameworkId }, [
        { branchId: a1.id, spec: { total } },
      ]);
    }
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: districtId })).user,
    );
    // (98 + 97.5) ÷ 2 = 97.75; three commendations: + 3 × 2 = 103.75 → 优秀.
    const year = await ok(
      REVIEW,
      { i: { branchId: a1.id, year: 2026, values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value: 3 }] } },
      admin,
    );
    expect(year.result).toMatchObject({ total: 103.75, grade: { code: 'EXCELLENT' }, bonusPoints: 6 });
  });
});
