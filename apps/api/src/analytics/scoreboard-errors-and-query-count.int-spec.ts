import { useScoreboardSuite } from './scoreboard.int-fixtures';
import { seedPeriod, seedScores } from './testing/analytics-fixtures';
import { SCOREBOARD } from './testing/analytics-ops';
import { countQueries } from './testing/query-counter';

// Refused arguments, and a statement count that does not grow with the number of branches.
describe('scoreboard (GraphQL over HTTP)', () => {
  const suite = useScoreboardSuite();

  it('answers NOT_FOUND for an unknown unit or period and BAD_USER_INPUT for malformed arguments', async () => {
    const { t, district } = suite;
    const { tree, token } = await district('N-');
    const unknown = await t.gql(
      SCOREBOARD,
      { unitId: '00000000-0000-4000-8000-000000000000', period: '2026Q4' },
      token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noPeriod = await t.gql(SCOREBOARD, { unitId: tree.district.id, period: '2031Q1' }, token);
    expect(noPeriod.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badPeriod = await t.gql(SCOREBOARD, { unitId: tree.district.id, period: '2026-4' }, token);
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'period' } });
    const badId = await t.gql(SCOREBOARD, { unitId: 'nope', period: '2026Q4' }, token);
    expect(badId.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'unitId' } });
  });

  it('issues the same number of SQL statements for 4 and for 40 branches', async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    async function statementsFor(prefix: string, perStreet: number): Promise<string[]> {
      const { tree, token } = await district(prefix);
      const branches = [...tree.branches];
      for (const street of tree.streets)
        for (let i = 3; i <= perStreet; i++)
          branches.push(await branch(street, `${prefix}${street.code}-${i}`));
      const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
      const q4 = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
      for (const periodId of [q3, q4]) {
        await seedScores(
          t.dataSource,
          { districtId: tree.district.id, periodId, frameworkId },
          branches.map((u, i) => ({ branchId: u.id, spec: { total: 60 + ((i * 7) % 40) } })),
        );
      }
      const counter = countQueries(t.dataSource);
      try {
        const board = await scoreboard(token, tree.district.id, '2026Q4');
        expect(board.branches).toHaveLength(perStreet * 2);
        return [...counter.statements];
      } finally {
        counter.stop();
      }
    }
    const small = await statementsFor('Q4-', 2);
    const large = await statementsFor('Q40-', 20);
    expect(large.length).toBe(small.length);
    // 2 for the caller (user, scope unit), then context, the precomputed figures (none here: the
    // suite inserts its rows directly), the figures statement in their place, and the branch table.
    expect(large.length).toBeLessThanOrEqual(6);
  });
});
