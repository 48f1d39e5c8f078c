import { defaultFramework } from '@pathboard/frameworks';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';

const IMPORT = `mutation ($d: JSON!) { importFramework(definition: $d) { id code version locked } }`;
const GET = `query ($id: ID!) { framework(id: $id) {
  id code version name { zh en } locked grades { code min name { zh } }
  paths { code weight maxPoints bonusCap name { zh }
    indicators { code name { zh en } type maxPoints sectors source
      rule { type maxPoints target required threshold step deduction points cap capGrade
        ratingBands { code points name { zh } } numericBands { min points } items { code deduction name { zh } } params } } } } }`;
const LIST = `{ frameworks { id code version locked } }`;

describe('frameworks (GraphQL over HTTP)', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource);
    const [a, r] = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id }),
    ]);
    admin = t.signToken(a.user);
    reviewer = t.signToken(r.user);
  });
  afterAll(() => t?.close());

  it('imports the default framework and exposes paths, indicators and rules as typed fields', async () => {
    const imported = await t.gql<{ importFramework: { id: string; version: number; locked: boolean } }>(
      IMPORT,
      { d: defaultFramework },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importFramework).toMatchObject({ version: 1, locked: false });
    const r = await t.gql<{
      framework: {
        paths: {
          code: string;
          weight: number;
          bonusCap: number | null;
          indicators: {
            code: string;
            type: string;
            maxPoints: number | null;
            sectors: string[] | null;
            rule: Record<string, unknown>;
          }[];
        }[];
      };
    }>(GET, { id: imported.data!.importFramework.id }, reviewer);
    expect(r.errors).toBeUndefined();
    const paths = r.data!.framework.paths;
    expect(paths.map((p) => [p.code, p.weight])).toEqual([
      ['ORGANIZATION', 30],
      ['SUPERVISION', 25],
      ['INTEGRITY', 20],
      ['TRAINING', 25],
    ]);
    const byCode = new Map(paths.flatMap((p) => p.indicators).map((i) => [i.code, i]));
    expect(byCode.get('ORG_RURAL_REVITALIZATION')).toMatchObject({
      type: 'count',
      maxPoints: 10,
      sectors: ['RURAL'],
    });
    expect(byCode.get('ORG_THEME_DAYS')!.rule).toMatchObject({
      type: 'shortfall',
      required: 3,
      deduction: 5,
      maxPoints: 15,
    });
    expect(byCode.get('ORG_WORK_PLAN')!.rule['ratingBands']).toEqual([
      { code: 'GOOD', points: 15, name: { zh: '好' } },
      { code: 'FAIR', points: 11, name: { zh: '较好' } },
      { code: 'AVERAGE', points: 7, name: { zh: '一般' } },
      { code: 'POOR', points: 0, name: { zh: '差' } },
    ]);
    expect(byCode.get('INT_SERIOUS_VIOLATION_VETO')!.rule).toMatchObject({
      type: 'veto',
      maxPoints: null,
      capGrade: 'FAIL',
    });
    expect(byCode.get('ORG_INNOVATION_BONUS')!.rule).toMatchObject({ type: 'bonus', points: 2, cap: 5 });
    expect(paths[0].bonusCap).toBe(5);
  });

  it('a re-import (also as a JSON string) makes a new version and never touches the stored one', async () => {
    const again = await t.gql<{ importFramework: { version: number } }>(
      IMPORT,
      { d: JSON.stringify(defaultFramework) },
      admin,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.importFramework.version).toBe(2);
    const list = await t.gql<{ frameworks: { version: number }[] }>(LIST, {}, reviewer);
    expect(list.data!.frameworks.map((f) => f.version)).toEqual([2, 1]);
  });

  it('refuses a bad framework listing every problem with its location and indicator', async () => {
    const bad = JSON.parse(JSON.stringify(defaultFramework));
    bad.paths[1].indicators[2].rule.target = 1.5; // ratio target outside (0, 1]
    bad.paths[2].indicators[0].rule.type = 'ratioo'; // unknown rule
    const r = await t.gql(IMPORT, { d: bad }, admin);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const issues = r.errors![0].extensions!['issues'] as {
      location: string;
      indicator?: string;
      code: string;
    }[];
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(issues.some((i) => i.indicator === 'SUP_PETITIONS_RESOLVED')).toBe(true);
    expect(r.errors![0].message).toContain('SUP_PETITIONS_RESOLVED');
    expect(r.errors![0].message).toContain('INT_WARNING_EDUCATION');
    expect(r.errors![0].message).toContain('paths[1].indicators[2].rule.target');
    // Semantic problems are listed too: weights that do not sum to 100, points that do not add up.
    const sums = JSON.parse(JSON.stringify(defaultFramework));
    sums.paths[0].weight = 50;
    sums.paths[0].indicators[0].rule.maxPoints = 30;
    const r2 = await t.gql(IMPORT, { d: sums }, admin);
    expect((r2.errors![0].extensions!['issues'] as { code: string }[]).map((i) => i.code)).toEqual([
      'PATH_WEIGHTS_SUM',
      'PATH_POINTS_MISMATCH',
    ]);
    expect(r2.errors![0].message).toContain('path weights sum to 120');
    const notJson = await t.gql(IMPORT, { d: '{"code": ' }, admin);
    expect(notJson.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM framework`);
    expect(count[0].n).toBe(2);
  });

  it('only an ADMIN imports', async () => {
    const r = await t.gql(IMPORT, { d: defaultFramework }, reviewer);
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
