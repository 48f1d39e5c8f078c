import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual, type IndicatorValuePair } from '@pathboard/scoring';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { useAssessmentsSuite, type Assessment } from './assessments.int-fixtures';
import {
  asInputs,
  COMMUNITY_VALUES,
  LIST_ASSESSMENTS,
  REOPEN,
  REVIEW,
  SAVE,
  SUBMIT,
} from './testing/assessment-ops';

// Opening a quarter, an assessment's whole DRAFT → APPROVED → reopened round, and the scores it stores.
describe('assessments workflow (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  it('openPeriod creates a DRAFT assessment for every active branch in scope and locks the framework', async () => {
    const { t, frameworkId, tokens, openPeriod } = suite;
    await openPeriod('2026Q1');
    const list = await t.gql<{ assessments: { status: string; branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.assessments.map((a) => a.branch.code).sort()).toEqual(['B-A1', 'B-A2', 'B-B1', 'B-B2']);
    expect(new Set(list.data!.assessments.map((a) => a.status))).toEqual(new Set(['DRAFT']));
    // A reviewer lists only its street; a branch only itself.
    const mine = await t.gql<{ assessments: { branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.reviewer,
    );
    expect(mine.data!.assessments.map((a) => a.branch.code).sort()).toEqual(['B-A1', 'B-A2']);
    const own = await t.gql<{ assessments: { branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.branch,
    );
    expect(own.data!.assessments.map((a) => a.branch.code)).toEqual(['B-A1']);
    const [{ locked }] = await t.dataSource.query(`SELECT locked FROM framework WHERE id = $1`, [
      frameworkId,
    ]);
    expect(locked).toBe(true);
  });

  it('runs DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED → reopened, with history and audit', async () => {
    const { t, tree, tokens, load } = suite;
    const branchId = tree.branches[0].id;
    let a = await load('branch', branchId, '2026Q1');
    expect(a).toMatchObject({ status: 'DRAFT', version: 1, selfScore: null, onTime: null });

    let r = await t.gql<Record<string, Assessment>>(
      SAVE,
      { id: a.id, v: 1, values: asInputs(COMMUNITY_VALUES, '会议记录') },
      tokens.branch,
    );
    expect(r.errors).toBeUndefined();
    a = r.data!['saveIndicatorValues'];
    expect(a.version).toBe(2);
    expect(a.values).toHaveLength(Object.keys(COMMUNITY_VALUES).length);
    // docs/domain.md worked example: 11 of 12 meetings → 25 × 11/12 = 22.92; 2 theme days → 15 − 5 = 10.
    const org = a.selfScore!.paths.find((p) => p.code === 'ORGANIZATION')!;
    expect(org.indicators.find((i) => i.code === 'ORG_MEETINGS')!.points).toBe(22.92);
    expect(org.indicators.find((i) => i.code === 'ORG_THEME_DAYS')!.points).toBe(10);

    const submitted = await t.gql<{ submitAssessment: Assessment }>(
      SUBMIT,
      { id: a.id, v: 2 },
      tokens.branch,
    );
    a = submitted.data!.submitAssessment;
    expect(a).toMatchObject({ status: 'SUBMITTED', version: 3, onTime: true });
    expect(a.submittedAt).not.toBeNull();

    // The branch can no longer edit while it is under review.
    const locked = await t.gql(
      SAVE,
      { id: a.id, v: 3, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch,
    );
    expect(locked.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // A list argument's texts are checked by hand (the ValidationPipe skips lists), as a DTO field is.
    const longNote = 'x'.repeat(TEXT_LIMITS.indicatorEvidence + 1);
    const tooLong = await t.gql(
      SAVE,
      { id: a.id, v: 3, values: [{ indicatorCode: 'ORG_THEME_DAYS', value: 3, evidence: longNote }] },
      tokens.branch,
    );
    expect(tooLong.errors![0].extensions).toMatchObject({
      field: 'values.0.evidence',
      indicator: 'ORG_THEME_DAYS',
    });

    const noComment = await t.gql(REVIEW, { id: a.id, v: 3, d: 'RETURN' }, tokens.reviewer);
    expect(noComment.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const longComment = 'x'.repeat(TEXT_LIMITS.reviewComment + 1);
    r = await t.gql(REVIEW, { id: a.id, v: 3, d: 'RETURN', c: longComment }, tokens.reviewer);
    expect(r.errors![0].message).toBe(
      `comment: comment must be shorter than or equal to ${TEXT_LIMITS.reviewComment} characters`,
    );
    r = await t.gql(REVIEW, { id: a.id, v: 3, d: 'RETURN', c: '请补充主题党日记录' }, tokens.reviewer);
    a = r.data!['reviewAssessment'];
    expect(a).toMatchObject({ status: 'RETURNED', version: 4 });

    r = await t.gql(SAVE, { id: a.id, v: 4, values: asInputs({ ORG_THEME_DAYS: 3 }) }, tokens.branch);
    expect(r.errors).toBeUndefined();
    a = (await t.gql<{ submitAssessment: Assessment }>(SUBMIT, { id: a.id, v: 5 }, tokens.branch)).data!
      .submitAssessment;
    expect(a).toMatchObject({ status: 'SUBMITTED', version: 6, onTime: true });

    // An adjusted value without its reason is refused by indicator name, and nothing is written.
    const lowered = { indicatorCode: 'ORG_MEETINGS', value: { numerator: 9, denominator: 12 } };
    r = await t.gql(
      REVIEW,
      { id: a.id, v: 6, d: 'APPROVE', rv: [{ ...lowered, reason: '  ' }] },
      tokens.reviewer,
    );
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW_REASON_REQUIRED',
      indicators: ['ORG_MEETINGS'],
      messageZh: '调整审核值须填写调整理由：三会一课落实率',
    });
    const longReason = '理'.repeat(TEXT_LIMITS.reviewReason + 1);
    r = await t.gql(
      REVIEW,
      { id: a.id, v: 6, d: 'APPROVE', rv: [{ ...lowered, reason: longReason }] },
      tokens.reviewer,
    );
    expect(r.errors![0].extensions).toMatchObject({
      field: 'reviewedValues.0.reason',
      indicator: 'ORG_MEETINGS',
    });
    r = await t.gql(
      REVIEW,
      { id: a.id, v: 6, d: 'APPROVE', rv: [{ ...lowered, reason: ' 签到表只有 9 次 ' }] },
      tokens.reviewer,
    );
    expect(r.errors).toBeUndefined();
    a = r.data!['reviewAssessment'];
    expect(a).toMatchObject({ status: 'APPROVED', version: 7 });
    expect(a.values.find((v) => v.indicatorCode === 'ORG_MEETINGS')).toMatchObject({
      selfValue: { numerator: 11, denominator: 12 },
      reviewedValue: { numerator: 9, denominator: 12 },
      reviewReason: '签到表只有 9 次',
      evidence: '会议记录',
    });
    // Only the official score uses the reviewed value: 25 × 9/12 = 18.75 instead of 22.92, weight 30/100.
    expect(a.gap).toBeCloseTo(((22.92 - 18.75) * 30) / 100, 1);

    const noReason = await t.gql(REOPEN, { id: a.id, v: 7, r: '  ' }, tokens.admin);
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const longReopen = 'x'.repeat(TEXT_LIMITS.assessmentReopenReason + 1);
    const tooLongReopen = await t.gql(REOPEN, { id: a.id, v: 7, r: longReopen }, tokens.admin);
    expect(tooLongReopen.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const byReviewer = await t.gql(REOPEN, { id: a.id, v: 7, r: 'x' }, tokens.reviewer);
    expect(byReviewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    r = await t.gql(REOPEN, { id: a.id, v: 7, r: '群众反映三会一课记录不实,重新核查' }, tokens.admin);
    a = r.data!['reopenAssessment'];
    expect(a).toMatchObject({ status: 'RETURNED', version: 8 });
    expect(a.history.map((h) => `${h.fromStatus ?? '-'}>${h.toStatus}`)).toEqual([
      '->DRAFT',
      'DRAFT>SUBMITTED',
      'SUBMITTED>RETURNED',
      'RETURNED>SUBMITTED',
      'SUBMITTED>APPROVED',
      'APPROVED>RETURNED',
    ]);
    expect(a.history[2].comment).toBe('请补充主题党日记录');

    const audit: { action: string; before: { version: number }; after: { version: number } }[] =
      await t.dataSource.query(
        `SELECT action, before, after FROM audit_event WHERE target_type = 'Assessment' AND target_id = $1 ORDER BY id`,
        [a.id],
      );
    expect(audit.map((e) => e.action)).toEqual([
      'ASSESSMENT_VALUES_SAVED',
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_RETURNED',
      'ASSESSMENT_VALUES_SAVED',
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_APPROVED',
      'ASSESSMENT_REOPENED',
    ]);
    expect(audit[3]).toMatchObject({
      before: { version: 4, values: { ORG_THEME_DAYS: { self: 2 } } },
      after: { version: 5, values: { ORG_THEME_DAYS: { self: 3 } } },
    });
  });

  it('stores exactly what libs/scoring computes on the same values (both kinds, every path)', async () => {
    const { t, tree, load } = suite;
    const a = await load('admin', tree.branches[0].id, '2026Q1');
    const pairs: Record<string, IndicatorValuePair> = {};
    for (const v of a.values)
      pairs[v.indicatorCode] = {
        self: v.selfValue as never,
        reviewed: (v.reviewedValue ?? undefined) as never,
      };
    const expected = scoreDual(defaultFramework, pairs, { sector: 'COMMUNITY' });
    expect(a.selfScore).toMatchObject({
      total: expected.self.total,
      gradeCode: expected.self.grade.code,
      completeness: expected.self.completeness.ratio,
    });
    expect(a.officialScore).toMatchObject({
      total: expected.official.total,
      gradeCode: expected.official.grade.code,
    });
    expect(a.gap).toBe(expected.gap);
    const rows: { kind: string; path_code: string; points: string; percent: string }[] =
      await t.dataSource.query(
        `SELECT kind, path_code, points, percent FROM assessment_path_score WHERE assessment_id = $1 ORDER BY kind, path_code`,
        [a.id],
      );
    const want = (['OFFICIAL', 'SELF'] as const).flatMap((kind) =>
      (kind === 'SELF' ? expected.self : expected.official).paths
        .map((p) => ({ kind, path_code: p.code, points: p.points, percent: p.percent }))
        .sort((x, y) => x.path_code.localeCompare(y.path_code)),
    );
    expect(rows.map((r) => ({ ...r, points: Number(r.points), percent: Number(r.percent) }))).toEqual(want);
  });
});
