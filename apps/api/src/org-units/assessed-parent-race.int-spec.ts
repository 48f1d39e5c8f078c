import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedDefaultFramework } from '../analytics/testing/analytics-fixtures';
import { OPEN_PERIOD } from '../assessments/testing/assessment-ops';
import { Role } from '../auth/role.enum';
import { holdLocks, waitForLockWaiters } from '../periods/testing/lock-holder';

const CREATE = 'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }';

/**
 * A branch gets a child while its untouched draft receives its first file (PostgreSQL only: PGlite
 * has one session). The upload is played by a second connection doing what EvidenceService does
 * (the assessment FOR UPDATE, then the file's row), held open while the child is created.
 * Run: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('a child for a branch whose draft is receiving a file (PostgreSQL, forced interleaving)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('waits for the upload, then refuses: the draft keeps its file and nothing is deleted', async () => {
    const frameworkId = await seedDefaultFramework(t.dataSource);
    const tree = await seedOrgTree(t.dataSource, 'APR-');
    const [a1] = tree.branches;
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const opened = await t.gql(
      OPEN_PERIOD,
      { code: '2026Q4', frameworkId, deadline: '2027-01-10T16:00:00Z' },
      token,
    );
    expect(opened.errors).toBeUndefined();
    const [draft]: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE branch_id = $1 AND status = 'DRAFT'`,
      [a1.id],
    );

    const upload = await holdLocks(t.dataSource, `SELECT id FROM assessment WHERE id = $1 FOR UPDATE`, [
      draft.id,
    ]);
    let created: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }> | undefined;
    let returned = false;
    try {
      await upload.query(
        `INSERT INTO evidence_file (district_id, assessment_id, indicator_code, sha256, size_bytes, mime_type, original_name)
         VALUES ($1, $2, 'ORG_MEETINGS', $3, 10, 'application/pdf', '记录.pdf')`,
        [tree.district.id, draft.id, 'a'.repeat(64)],
      );
      created = t
        .gql(
          CREATE,
          {
            input: {
              parentId: a1.id,
              code: 'APR-G1',
              name: '第一党小组',
              kind: 'BRANCH',
              sector: 'COMMUNITY',
            },
          },
          token,
        )
        .finally(() => (returned = true));
      expect(await waitForLockWaiters(t.dataSource, 1, () => returned)).toBe(true);
      await upload.commit();
    } finally {
      await upload.release();
    }
    const r = await created!;
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSESSED_PARENT' });
    expect(
      await t.dataSource.query(`SELECT original_name FROM evidence_file WHERE assessment_id = $1`, [
        draft.id,
      ]),
    ).toEqual([{ original_name: '记录.pdf' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = 'APR-G1'`)).toEqual([]);
  });
});
