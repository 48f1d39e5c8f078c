import { useAssessmentsSuite, type Assessment } from './assessments.int-fixtures';
import { asInputs, SAVE } from './testing/assessment-ops';

// saveIndicatorValues: all-or-nothing validation, optimistic concurrency, evidence-only and null values.
describe('assessments workflow (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  beforeAll(async () => {
    // The quarter the tests below work in (in the lifecycle suite, its first test opens it).
    await suite.openPeriod('2026Q1');
  });

  it('refuses a save with one bad value and applies none of it', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const r = await t.gql(
      SAVE,
      {
        id: a.id,
        v: a.version,
        values: asInputs({
          ORG_THEME_DAYS: 3,
          ORG_MEETINGS: { numerator: 13, denominator: 12 },
          ORG_LIFE_MEETINGS: true,
        }),
      },
      tokens.branch2,
    );
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain('ORG_MEETINGS');
    expect(r.errors![0].message).toContain('numerator is greater than denominator');
    expect((r.errors![0].extensions!['issues'] as { indicator: string }[]).map((i) => i.indicator)).toEqual([
      'ORG_MEETINGS',
    ]);
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.version).toBe(a.version);
    expect(after.values).toEqual([]);
    expect(after.selfScore).toBeNull();
  });

  it('lets exactly one of two concurrent saves with the same expectedVersion win; the other gets CONFLICT with the current version', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const [x, y] = await Promise.all([
      t.gql(SAVE, { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 1 }) }, tokens.branch2),
      t.gql(SAVE, { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 2 }) }, tokens.branch2),
    ]);
    const results = [x, y];
    const ok = results.filter((res) => !res.errors);
    const failed = results.filter((res) => res.errors);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: a.version + 1,
    });
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.version).toBe(a.version + 1);
    const winner = (ok[0].data as { saveIndicatorValues: Assessment }).saveIndicatorValues;
    expect(after.values).toEqual(winner.values);
  });

  it('a save racing a committed change of the same row gets CONFLICT from the guarded UPDATE', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    // Another writer holds the row: on PostgreSQL the save reads version v, then its UPDATE waits on
    // the row lock and, once the writer commits, finds version v + 1 and matches no row.
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    await writer.startTransaction();
    await writer.query(`UPDATE assessment SET version = version + 1 WHERE id = $1`, [a.id]);
    const pending = t.gql(
      SAVE,
      { id: a.id, v: a.version, values: asInputs({ ORG_LIFE_MEETINGS: false }) },
      tokens.branch2,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writer.commitTransaction();
    await writer.release();
    const r = await pending;
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: a.version + 1 });
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.values.find((v) => v.indicatorCode === 'ORG_LIFE_MEETINGS')).toBeUndefined();
  });

  it('refuses a stale expectedVersion without applying anything', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const r = await t.gql(
      SAVE,
      { id: a.id, v: a.version - 1, values: asInputs({ ORG_THEME_DAYS: 0 }) },
      tokens.branch2,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: a.version });
    expect((await load('branch2', tree.branches[1].id, '2026Q1')).values).toEqual(a.values);
  });

  it('keeps a stored value when only evidence is sent, and clears it on an explicit null', async () => {
    const { t, tree, tokens, load } = suite;
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const stored = a.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')!.selfValue;
    let r = await t.gql<Record<string, Assessment>>(
      SAVE,
      { id: a.id, v: a.version, values: [{ indicatorCode: 'ORG_THEME_DAYS', evidence: '活动照片' }] },
      tokens.branch2,
    );
    expect(r.errors).toBeUndefined();
    expect(
      r.data!['saveIndicatorValues'].values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS'),
    ).toMatchObject({ selfValue: stored, evidence: '活动照片' });
    r = await t.gql(
      SAVE,
      { id: a.id, v: a.version + 1, values: [{ indicatorCode: 'ORG_THEME_DAYS', value: null }] },
      tokens.branch2,
    );
    const cleared = r.data!['saveIndicatorValues'];
    expect(cleared.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')).toMatchObject({
      selfValue: null,
      evidence: '活动照片',
    });
    expect(cleared.periodStatus).toBe('OPEN');
  });
});
