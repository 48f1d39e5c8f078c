import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import { AccessPolicy, getAccessDenial } from './access-policy.service';
import { AuthUser, Role } from './auth-user';

const D = 'd0000000-0000-4000-8000-000000000000';
const S1 = 's1000000-0000-4000-8000-000000000000';
const S2 = 's2000000-0000-4000-8000-000000000000';
const B11 = 'b1100000-0000-4000-8000-000000000000';
const B12 = 'b1200000-0000-4000-8000-000000000000';
const B21 = 'b2100000-0000-4000-8000-000000000000';
const unit = (...ids: string[]) => ({ id: ids[ids.length - 1], path: `/${ids.join('/')}/` });

const user = (role: Role, ...scope: string[]): AuthUser => ({
  id: `u-${role}`,
  username: role.toLowerCase(),
  displayName: role,
  role,
  scopeUnitId: scope[scope.length - 1],
  scopePath: `/${scope.join('/')}/`,
  districtId: D,
});

describe('AccessPolicy', () => {
  const warn = jest.fn();
  const insert = jest.fn().mockResolvedValue(undefined);
  const ds = { manager: { insert } } as unknown as DataSource;
  const policy = new AccessPolicy({ warn, error: jest.fn() } as unknown as Logger, ds, new AuditService());

  beforeEach(() => jest.clearAllMocks());

  const admin = user(Role.ADMIN, D);
  const reviewer = user(Role.REVIEWER, D, S1);
  const branch = user(Role.BRANCH, D, S1, B11);
  const viewer = user(Role.VIEWER, D, S2);

  it('assertRole passes listed roles and refuses others with FORBIDDEN, logged', () => {
    expect(() => policy.assertRole(admin, [Role.ADMIN], 'x.do')).not.toThrow();
    let err: unknown;
    try {
      policy.assertRole(reviewer, [Role.ADMIN], 'orgUnit.create');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions['code']).toBe('FORBIDDEN');
    expect(getAccessDenial(err)).toMatchObject({
      actorId: reviewer.id,
      districtId: D,
      action: 'orgUnit.create',
      reason: 'ROLE',
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('an empty role list denies everyone (deny by default)', () => {
    expect(() => policy.assertRole(admin, [], 'nothing')).toThrow(GraphQLError);
  });

  it('assertUnitInScope: own unit and descendants only', () => {
    expect(() => policy.assertUnitInScope(reviewer, unit(D, S1), 'r')).not.toThrow();
    expect(() => policy.assertUnitInScope(reviewer, unit(D, S1, B12), 'r')).not.toThrow();
    expect(() => policy.assertUnitInScope(reviewer, unit(D), 'r')).toThrow(GraphQLError);
    expect(() => policy.assertUnitInScope(reviewer, unit(D, S2, B21), 'r')).toThrow(GraphQLError);
    expect(() => policy.assertUnitInScope(branch, unit(D, S1, B12), 'r')).toThrow(GraphQLError);
    expect(() => policy.assertUnitInScope(admin, unit(D, S2, B21), 'r')).not.toThrow();
  });

  it('a unit out of scope answers exactly as a missing one (NOT_FOUND of the id), audited as SCOPE', async () => {
    const foreign = unit(D, S2, B21);
    const thrown = (() => {
      try {
        policy.assertUnitInScope(reviewer, foreign, 'orgUnit.read');
      } catch (e) {
        return e as GraphQLError;
      }
    })()!;
    expect(thrown.toJSON()).toEqual(notFound('OrgUnit', B21).toJSON());
    await policy.recordDenial(thrown);
    expect(insert.mock.calls[0][1]).toMatchObject({
      targetType: 'OrgUnit',
      targetId: B21,
      after: { reason: 'SCOPE', attemptedAction: 'orgUnit.read' },
    });
  });

  it("a scope refusal takes the caller's missing answer, e.g. a missing assessment", () => {
    const missing = () => notFound('Assessment', 'a-1');
    expect(() =>
      policy.assertCanSeeBranchValues(branch, unit(D, S1, B12), 'assessment.save', missing),
    ).toThrow(
      expect.objectContaining({
        message: 'Assessment a-1 not found',
        extensions: { code: 'NOT_FOUND', entity: 'Assessment', id: 'a-1' },
      }),
    );
  });

  it('does not confuse ids that share a prefix', () => {
    const s1x = `${S1.slice(0, -1)}1`;
    expect(policy.isUnitInScope(reviewer, unit(D, s1x))).toBe(false);
  });

  it('refuses a unit without a path', () => {
    expect(policy.isUnitInScope(admin, { id: D, path: undefined as unknown as string })).toBe(false);
  });

  it('scopeFilter is a LIKE pattern of the caller subtree', () => {
    expect(policy.scopeFilter(reviewer)).toBe(`/${D}/${S1}/%`);
  });

  it('canSeeBranchValues: committees within scope, a branch only itself', () => {
    expect(policy.canSeeBranchValues(admin, unit(D, S2, B21))).toBe(true);
    expect(policy.canSeeBranchValues(reviewer, unit(D, S1, B12))).toBe(true);
    expect(policy.canSeeBranchValues(reviewer, unit(D, S2, B21))).toBe(false);
    expect(policy.canSeeBranchValues(viewer, unit(D, S2, B21))).toBe(true);
    expect(policy.canSeeBranchValues(branch, unit(D, S1, B11))).toBe(true);
    expect(policy.canSeeBranchValues(branch, unit(D, S1, B12))).toBe(false);
  });

  it('recordDenial writes one ACCESS_DENIED event; ignores other errors', async () => {
    const err = policy.deny(branch, 'assessment.approve', 'ROLE', 'Assessment', 'a-1');
    await policy.recordDenial(new GraphQLError('wrapped', { originalError: err }));
    await policy.recordDenial(new Error('other'));
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0][1]).toMatchObject({
      action: 'ACCESS_DENIED',
      actorId: branch.id,
      districtId: D,
      targetType: 'Assessment',
      targetId: 'a-1',
      after: { attemptedAction: 'assessment.approve', role: 'BRANCH', reason: 'ROLE' },
    });
  });

  it('the denial is not visible in the error extensions', () => {
    const err = policy.deny(branch, 'x', 'SCOPE');
    expect(JSON.stringify(err.toJSON())).not.toMatch(/actorId|SCOPE/);
  });
});
