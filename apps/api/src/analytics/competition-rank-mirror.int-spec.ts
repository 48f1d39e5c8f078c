import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { compareWithPrevious, rankByTotal, type AnnualResult } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { rankYears, type BranchYear, type PeerSet } from '../annual/annual-figures';
import { competitionRank, rankCounts } from './sql/branch-set.sql';

/**
 * THE competition rank is PostgreSQL's (analytics/sql/branch-set.sql.ts `competitionRank`, with the
 * branch list's `branchRankColumns`); libs/scoring `rankByTotal` / `compareWithPrevious` rank only
 * where there is no database (the browser's what-if, report fixtures). This mirror must not drift:
 * the same random totals, crowded so that many tie, some only once rounded to the cent (88.004 and
 * 88.001; 88.005 rounds up), are ranked both ways, and every rank, percentile, previous rank and
 * change must be identical.
 */
describe('competition rank: the SQL definition and its libs/scoring mirror', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  // Thousandths near 88 (ties after rounding, half-up boundaries), whole cents near 88 (exact ties)
  // and a few far values; the ids are shared between the two years so previous ranks meet.
  const total = fc.oneof(
    fc.integer({ min: 87_990, max: 88_020 }).map((n) => n / 1000),
    fc.integer({ min: 8_798, max: 8_802 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100),
  );
  const set = fc.record({
    current: fc.array(total, { minLength: 1, maxLength: 25 }),
    previous: fc.array(fc.option(total, { nil: null, freq: 3 }), { maxLength: 30 }),
  });

  it('ranks the same totals identically (300 random peer sets, one statement)', async () => {
    const samples = fc.sample(set, { numRuns: 300, seed: 20261205 });
    const sets: PeerSet[] = samples.map(({ current, previous }) => {
      const ids = Array.from({ length: Math.max(current.length, previous.length) }, () => randomUUID());
      return {
        current: current.map((x, i) => branchYear(ids[i], x)),
        previous: previous.flatMap((x, i) => (x === null ? [] : [branchYear(ids[i], x)])),
      };
    });
    const fromSql = await rankYears(t.dataSource, sets);
    let ties = 0;
    let roundedTies = 0;
    sets.forEach((s, i) => {
      const entry = (y: BranchYear) => ({ id: y.branchId, total: y.result.total });
      const mirror = new Map(rankByTotal(s.current.map(entry)).map((r) => [r.id, r]));
      const change = new Map(
        compareWithPrevious(s.current.map(entry), s.previous.map(entry)).map((c) => [c.id, c]),
      );
      const sql = fromSql[i];
      expect(sql).toHaveLength(s.current.length);
      for (const r of sql) {
        const m = mirror.get(r.branchId)!;
        const c = change.get(r.branchId)!;
        expect([
          r.branchId,
          r.rank,
          r.percentile,
          r.previousTotal,
          r.previousRank,
          r.totalChange,
          r.rankChange,
        ]).toEqual([
          r.branchId,
          m.rank,
          m.percentile,
          c.previousTotal,
          c.previousRank,
          c.totalChange,
          c.rankChange,
        ]);
      }
      ties += sql.length - new Set(sql.map((r) => r.rank)).size;
      for (const rank of new Set(sql.map((r) => r.rank)))
        if (new Set(sql.filter((r) => r.rank === rank).map((r) => r.result.total)).size > 1) roundedTies++;
    });
    // The sample is crowded enough to test ties, and ties that exist only once rounded to the cent.
    expect(ties).toBeGreaterThan(300);
    expect(roundedTies).toBeGreaterThan(100);
  });

  it("rankCounts (the branch table's ranks from counts) equals the window rank (200 random sets)", async () => {
    const sets = fc.sample(
      fc.array(fc.option(total, { nil: null, freq: 4 }), { minLength: 1, maxLength: 40 }),
      {
        numRuns: 200,
        seed: 20261205,
      },
    );
    for (const values of sets) {
      const rows: {
        x: number | null;
        by_window: number;
        window_at_or_above: number;
        rank: number | null;
        at_or_above: number | null;
      }[] = await t.dataSource.query(
        `WITH v AS (SELECT x FROM unnest($1::float8[]) AS x), counts AS (${rankCounts('v', 'x')})
           SELECT v.x, ${competitionRank('v.x', 'v.x IS NULL')}::int AS by_window,
                  (count(*) OVER (PARTITION BY v.x IS NULL ORDER BY v.x DESC))::int AS window_at_or_above,
                  c.rank, c.at_or_above
             FROM v LEFT JOIN counts c ON c.t = v.x`,
        [values],
      );
      expect(rows).toHaveLength(values.length);
      for (const r of rows) {
        const expected = r.x === null ? [null, null] : [r.by_window, r.window_at_or_above];
        expect([r.x, r.rank, r.at_or_above]).toEqual([r.x, ...expected]);
      }
    }
  });
});

function branchYear(id: string, total: number): BranchYear {
  return {
    branchId: id,
    code: id,
    name: id,
    path: `/d/${id}/`,
    parentId: null,
    pathPercents: [],
    result: { total } as AnnualResult,
  };
}
