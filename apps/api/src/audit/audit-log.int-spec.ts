import { createTestApp, type TestApp } from '../../test/test-app';
import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { Role } from '../auth/role.enum';

const EVENTS = `query ($f: AuditEventsFilterInput) { auditEvents(filter: $f) {
  total actions items { id action targetType targetName actorName before after createdAt } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`;

interface Page {
  auditEvents: {
    total: number;
    actions: string[];
    items: {
      action: string;
      targetName: string | null;
      actorName: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      createdAt: string;
    }[];
  };
}

describe('audit log (admin)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let admin: string;
  let reviewer: string;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource, 'AU');
    const a = await createUserFixture(t.dataSource, {
      role: Role.ADMIN,
      scopeUnitId: tree.district.id,
      displayName: '审计管理员',
    });
    adminId = a.user.id;
    admin = await t.loginAs(a.username, a.password);
    const r = await createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id });
    reviewer = await t.loginAs(r.username, r.password);
    for (const [unit, input] of [
      [tree.branches[0], { name: '审计一支部' }],
      [tree.branches[2], { memberCount: 41 }],
    ] as const) {
      const res = await t.gql(UPDATE, { id: unit.id, input }, admin);
      expect(res.errors).toBeUndefined();
    }
    // One event at 00:30 on 1 April in Shanghai, still 31 March in UTC.
    await t.dataSource.query(
      `INSERT INTO audit_event (district_id, actor_id, action, target_type, target_id, before, after, created_at)
       VALUES ($1, $2, 'PERIOD_DEADLINE_CHANGED', 'Period', NULL, '{"deadline":"a"}', '{"deadline":"b"}', '2026-03-31T16:30:00Z')`,
      [tree.district.id, adminId],
    );
  }, 180_000);
  afterAll(() => t?.close());

  it('lists who changed what and when, newest first, with before and after', async () => {
    const res = await t.gql<Page>(EVENTS, { f: { action: 'ORG_UNIT_UPDATED' } }, admin);
    expect(res.errors).toBeUndefined();
    const page = res.data!.auditEvents;
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.targetName)).toEqual([tree.branches[2].name, '审计一支部']);
    expect(page.items[1].actorName).toMatch(/^审计管理员 \(/);
    expect(page.items[1].before).toMatchObject({ name: tree.branches[0].name });
    expect(page.items[1].after).toMatchObject({ name: '审计一支部' });
    expect(page.actions).toEqual(expect.arrayContaining(['ORG_UNIT_UPDATED', 'PERIOD_DEADLINE_CHANGED']));
  });

  it('filters by unit subtree, actor and district calendar day, and pages', async () => {
    const street = await t.gql<Page>(EVENTS, { f: { unitId: tree.streets[0].id } }, admin);
    expect(street.data!.auditEvents.items.map((i) => i.targetName)).toEqual(['审计一支部']);
    const byActor = await t.gql<Page>(EVENTS, { f: { actorId: adminId, limit: 1, offset: 1 } }, admin);
    expect(byActor.data!.auditEvents.total).toBe(3);
    expect(byActor.data!.auditEvents.items).toHaveLength(1);
    const april = await t.gql<Page>(EVENTS, { f: { from: '2026-04-01', to: '2026-04-01' } }, admin);
    expect(april.data!.auditEvents.items.map((i) => i.action)).toEqual(['PERIOD_DEADLINE_CHANGED']);
    const march = await t.gql<Page>(EVENTS, { f: { from: '2026-03-01', to: '2026-03-31' } }, admin);
    expect(march.data!.auditEvents.total).toBe(0);
  });

  it('refuses other roles, unknown units (as missing) and bad filters (naming the field)', async () => {
    const denied = await t.gql<Page>(EVENTS, {}, reviewer);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await t.gql<Page>(
      EVENTS,
      { f: { unitId: '5f0c6f43-9b3e-4c1e-8a55-000000000000' } },
      admin,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql<Page>(EVENTS, { f: { from: '1.4.2026', limit: 5000 } }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('from must be a day written YYYY-MM-DD');
    expect(JSON.stringify(bad.errors)).toContain('limit must be at most 500');
  });
});
