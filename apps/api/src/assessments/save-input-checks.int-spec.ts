import { useAssessmentsSuite } from './assessments.int-fixtures';
import { asInputs, REOPEN, REVIEW, SAVE } from './testing/assessment-ops';

// saveIndicatorValues' and reopenAssessment's input checks: absurd magnitudes, an indicator listed
// twice, an over-long code, a blank reopen reason. Each is refused before anything is written.
describe('save and reopen input checks (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  beforeAll(async () => {
    await suite.openPeriod('2026Q1');
  });

  async function save(values: unknown[]) {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch', tree.branches[0].id, '2026Q1');
    const r = await t.gql(SAVE, { id: a.id, v: a.version, values }, tokens.branch);
    const after = await load('branch', tree.branches[0].id, '2026Q1');
    expect(after.version).toBe(a.version); // nothing written
    return r;
  }

  it('refuses 1e308 for a count, naming the indicator (the engine bound the form applies too)', async () => {
    const r = await save(asInputs({ ORG_THEME_DAYS: 1e308 }));
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUES',
      issues: [expect.objectContaining({ indicator: 'ORG_THEME_DAYS', code: 'TOO_LARGE' })],
    });
    expect(r.errors![0].extensions!['messageZh']).toContain('超出合理范围');
    expect(r.errors![0].message).toContain('ORG_THEME_DAYS');
  });

  it('refuses an indicator listed twice in one save instead of keeping the last', async () => {
    const r = await save([...asInputs({ ORG_THEME_DAYS: 2 }), ...asInputs({ ORG_THEME_DAYS: 3 })]);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_INDICATOR',
      indicator: 'ORG_THEME_DAYS',
      field: 'values.1.indicatorCode',
    });
    expect(r.errors![0].extensions!['messageZh']).toContain('ORG_THEME_DAYS');
  });

  it('refuses an indicator adjusted twice in one review, before anything else is looked at', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch', tree.branches[0].id, '2026Q1');
    const adjusted = [
      { indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '核实为 2 次' },
      { indicatorCode: 'ORG_THEME_DAYS', value: 3, reason: '核实为 3 次' },
    ];
    const r = await t.gql(REVIEW, { id: a.id, v: a.version, d: 'APPROVE', rv: adjusted }, tokens.reviewer);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_INDICATOR',
      field: 'reviewedValues.1.indicatorCode',
    });
  });

  it('refuses a 100 KB indicator code by its length, quoting a short prefix at most', async () => {
    const code = 'X'.repeat(100_000);
    const r = await save([...asInputs({ ORG_THEME_DAYS: 2 }), { indicatorCode: code, value: 1 }]);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1.indicatorCode',
    });
    expect(r.errors![0].message).toContain('64');
    // The whole answer, not 500 KB of echoed code.
    expect(JSON.stringify(r.errors).length).toBeLessThan(2_000);
  });

  it('still takes a code of exactly the framework limit as a code (refused as unknown, quoted whole)', async () => {
    const code = 'Y'.repeat(64);
    const r = await save(asInputs({ [code]: 1 }));
    expect(r.errors![0].extensions).toMatchObject({
      issues: [expect.objectContaining({ indicator: code, code: 'UNKNOWN_INDICATOR' })],
    });
  });

  it('refuses a blank reopen reason on the reason field, as the other reasons', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch', tree.branches[0].id, '2026Q1');
    const r = await t.gql(REOPEN, { id: a.id, v: a.version, r: '   ' }, tokens.admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(r.errors![0].extensions!['messageZh']).toBe('重新打开已通过的考评须填写原因');
  });
});
