import { randomUUID } from 'node:crypto';
import { runMigrations } from '../../database/data-source';
import { withFreshDataSource } from '../../database/testing/fresh-data-source';

const MIGRATION = 'NamePinyin1796000000040';
const D = '00000000-0000-4000-8000-0000000000e1';
const B = '00000000-0000-4000-8000-0000000000e2';

describe(`migration ${MIGRATION} (in-memory PGlite, or a fresh database on TEST_DATABASE_URL)`, () => {
  it("backfills the units' search pinyin and their figures rows', and drops both columns on the way down", async () => {
    await withFreshDataSource(async (ds) => {
      await runMigrations(ds);
      const names = async () =>
        ((await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id`)) as { name: string }[]).map(
          (r) => r.name,
        );
      // Back to just before it (any later migration first).
      while ((await names()).includes(MIGRATION)) await ds.undoLastMigration();
      const columns = async () =>
        (
          (await ds.query(
            `SELECT table_name FROM information_schema.columns WHERE column_name = 'name_pinyin' ORDER BY table_name`,
          )) as { table_name: string }[]
        ).map((r) => r.table_name);
      expect(await columns()).toEqual([]);

      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'SFQ', '示范区', 'DISTRICT', $1)`,
        [D, `/${D}/`],
      );
      await ds.query(
        `INSERT INTO org_unit (id, parent_id, path, code, name, kind, sector, district_id)
         VALUES ($1, $2, $3, 'SFQ-DC-002', '和平社区党支部', 'BRANCH', 'COMMUNITY', $2)`,
        [B, D, `/${D}/${B}/`],
      );
      await ds.query(
        `INSERT INTO branch_period_figures (district_id, period_id, branch_id, listed, path) VALUES ($1, $2, $3, true, $4)`,
        [D, randomUUID(), B, `/${D}/${B}/`],
      );

      await runMigrations(ds);
      expect(await columns()).toEqual(['branch_period_figures', 'org_unit']);
      const units = await ds.query(`SELECT code, name_pinyin FROM org_unit ORDER BY code`);
      expect(units).toEqual([
        { code: 'SFQ', name_pinyin: 'shifanqu\u0001sfq' },
        { code: 'SFQ-DC-002', name_pinyin: 'hepingshequdangzhibu\u0001hpsqdzb' },
      ]);
      expect(await ds.query(`SELECT name_pinyin FROM branch_period_figures`)).toEqual([
        { name_pinyin: 'hepingshequdangzhibu\u0001hpsqdzb' },
      ]);

      while ((await names()).includes(MIGRATION)) await ds.undoLastMigration();
      expect(await columns()).toEqual([]);
    });
  });
});
