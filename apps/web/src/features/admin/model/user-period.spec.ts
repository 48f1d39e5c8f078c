import type { AdminUnit } from './org-unit-form';
import { defaultDeadline, nextPeriodCode, quarterOf, yearChoices } from './period-form';
import { PASSWORD_MIN, scopeFits, scopeTree, toCreateUserInput, USERNAME_PATTERN } from './user-form';

const unit = (id: string, kind: AdminUnit['kind'], children: AdminUnit[] = [], active = true): AdminUnit => ({
  id,
  code: id,
  name: id,
  kind,
  memberCount: 0,
  active,
  children,
});
const TREE = unit('d', 'DISTRICT', [
  unit('st', 'STREET', [
    unit('general', 'BRANCH', [unit('g1', 'BRANCH')]),
    unit('b1', 'BRANCH'),
    unit('old', 'BRANCH', [], false),
  ]),
]);

describe('user form', () => {
  it('offers only the unit kinds a role may have as scope', () => {
    const admin = scopeTree(TREE, 'ADMIN')!;
    expect(admin.disabled).toBe(false);
    expect(admin.children?.[0].disabled).toBe(true);
    const reviewer = scopeTree(TREE, 'REVIEWER')!;
    expect([reviewer.disabled, reviewer.children?.[0].disabled]).toEqual([false, false]);
  });

  it('gives a branch user an assessed (leaf) branch only, and leaves inactive units out', () => {
    const branch = scopeTree(TREE, 'BRANCH')!;
    const street = branch.children![0];
    expect(street.children?.map((c) => [c.value, c.disabled])).toEqual([
      ['general', true],
      ['b1', false],
    ]);
    expect(street.children?.[0].children?.[0]).toMatchObject({ value: 'g1', disabled: false });
  });

  it('re-checks a chosen scope when the role changes', () => {
    const street = TREE.children![0];
    expect(scopeFits(street, 'REVIEWER')).toBe(true);
    expect(scopeFits(street, 'ADMIN')).toBe(false);
    expect(scopeFits(street.children![0], 'BRANCH')).toBe(false);
    expect(scopeFits(street.children![2], 'VIEWER')).toBe(false);
    expect(scopeFits(null, 'VIEWER')).toBe(false);
  });

  it('checks usernames like the API and trims names but not passwords', () => {
    expect(USERNAME_PATTERN.test('zhang.san_01')).toBe(true);
    expect(USERNAME_PATTERN.test('张三')).toBe(false);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(PASSWORD_MIN).toBe(10);
    expect(
      toCreateUserInput({
        username: ' zs ',
        displayName: ' 张三 ',
        role: 'VIEWER',
        scopeUnitId: 'd',
        password: ' pass word ',
      }),
    ).toEqual({
      username: 'zs',
      displayName: '张三',
      role: 'VIEWER',
      scopeUnitId: 'd',
      password: ' pass word ',
    });
  });
});

describe('period form', () => {
  const now = new Date('2026-11-22T13:00:00Z');

  it('proposes the quarter after the newest, across the year end', () => {
    expect(nextPeriodCode(['2026Q3', '2026Q4', '2025Q1'], now)).toBe('2027Q1');
    expect(nextPeriodCode(['2026Q1'], now)).toBe('2026Q2');
    expect(nextPeriodCode([], now)).toBe('2026Q4');
  });

  it('uses the district’s calendar for the current quarter (Beijing time by default)', () => {
    expect(quarterOf(new Date('2026-12-31T17:00:00Z'))).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf(new Date('2026-03-31T15:59:00Z'))).toEqual({ year: 2026, quarter: 1 });
    // 17:00Z on 31 December is 23:00 in Urumqi (UTC+6): still the old year's last quarter there.
    expect(quarterOf(new Date('2026-12-31T17:00:00Z'), 'Asia/Urumqi')).toEqual({ year: 2026, quarter: 4 });
  });

  it('sets the deadline to the end of the 10th of the next month on the district’s calendar', () => {
    expect(defaultDeadline('2026Q4')?.toISOString()).toBe('2027-01-10T16:00:00.000Z');
    expect(defaultDeadline('2026Q1')?.toISOString()).toBe('2026-04-10T16:00:00.000Z');
    expect(defaultDeadline('2026Q4', 'Asia/Urumqi')?.toISOString()).toBe('2027-01-10T18:00:00.000Z');
    expect(defaultDeadline('2026Q5')).toBeNull();
  });

  it('offers the years around the newest period', () => {
    expect(yearChoices(['2026Q4'], now)).toEqual([2025, 2026, 2027]);
    expect(yearChoices(['2028Q1'], now)).toEqual([2027, 2028, 2029]);
  });
});
