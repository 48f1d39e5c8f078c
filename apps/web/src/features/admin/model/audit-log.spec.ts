import { auditCsv, changedFields, csvField, labelChange, withShownTimes } from './audit-log';
import { changeLabeller } from './audit-log-labels';

describe('audit log model', () => {
  it('lists only the fields that changed, including ones added or removed', () => {
    expect(
      changedFields(
        { name: '一支部', memberCount: 40, active: true },
        { name: '二支部', memberCount: 40, note: 'x' },
      ),
    ).toEqual([
      { field: 'name', before: '一支部', after: '二支部' },
      { field: 'active', before: 'true', after: '' },
      { field: 'note', before: '', after: 'x' },
    ]);
    expect(changedFields(null, { deadline: '2027-01-10' })).toEqual([
      { field: 'deadline', before: '', after: '2027-01-10' },
    ]);
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('leaves out the bookkeeping a reader cannot use (a unit’s id path, the lock version)', () => {
    expect(
      changedFields(
        { parentId: 'u1', path: '/d/u1/b/', version: 3 },
        { parentId: 'u2', path: '/d/u2/b/', version: 4 },
      ),
    ).toEqual([{ field: 'parentId', before: 'u1', after: 'u2' }]);
  });

  it('words units by name, kinds, reasons and entered values as the rest of the app does', () => {
    const words: Record<string, string> = {
      'admin.audit.fields.parentId': '上级组织',
      'overview.kinds.BRANCH': '党支部',
      'admin.audit.reasons.WRONG_PASSWORD': '密码错误',
      'admin.audit.valuesCount': '{{count}} 项指标',
      'admin.audit.yes': '是',
    };
    const labelOf = (key: string, values?: Record<string, unknown>) =>
      words[key]?.replace('{{count}}', String(values?.['count'] ?? ''));
    const labels = changeLabeller(labelOf, { units: new Map([['u1', '东城街道']]) });
    const word = (field: string, before: string, after: string) =>
      labelChange({ field, before, after }, labels);
    expect(word('parentId', 'u1', 'u9')).toMatchObject({
      field: '上级组织',
      before: '东城街道',
      after: 'u9',
    });
    expect(word('kind', '', 'BRANCH').after).toBe('党支部');
    expect(word('reason', '', 'WRONG_PASSWORD').after).toBe('密码错误');
    expect(word('values', '{}', '{"A":1,"B":2}')).toMatchObject({ before: '0 项指标', after: '2 项指标' });
    expect(word('active', 'false', 'true').after).toBe('是');
    expect(word('quarters', '', '["2026Q3","2026Q4"]').after).toBe('2026Q3, 2026Q4');
  });

  it('shows a changed time as the screen shows times, a day or other text as it is', () => {
    const shown = (iso: string) => `T(${iso})`;
    expect(
      changedFields(
        { deadline: '2027-01-10T15:59:59.999Z', day: '2027-01-10', note: 'T' },
        { deadline: '2027-01-17T15:59:59.999Z', day: '2027-01-11', note: '2027-01-10T00:00 meeting' },
        shown,
      ),
    ).toEqual([
      { field: 'deadline', before: 'T(2027-01-10T15:59:59.999Z)', after: 'T(2027-01-17T15:59:59.999Z)' },
      { field: 'day', before: '2027-01-10', after: '2027-01-11' },
      { field: 'note', before: 'T', after: '2027-01-10T00:00 meeting' },
    ]);
  });

  it('shows the times inside a whole before/after value, at any depth', () => {
    const shown = (iso: string) => `T(${iso})`;
    expect(
      withShownTimes(
        {
          deadline: '2027-01-10T16:00:00.000Z',
          n: 3,
          list: [{ at: '2027-01-11T00:00:00Z' }, 'x'],
          none: null,
        },
        shown,
      ),
    ).toEqual({
      deadline: 'T(2027-01-10T16:00:00.000Z)',
      n: 3,
      list: [{ at: 'T(2027-01-11T00:00:00Z)' }, 'x'],
      none: null,
    });
  });

  it('words a change by its labels where it has them, and as it is where not', () => {
    const labels = {
      field: (f: string) => ({ status: '状态', active: '启用' })[f],
      value: (f: string, v: string) =>
        f === 'status' ? { DRAFT: '草稿', SUBMITTED: '已提交' }[v] : undefined,
    };
    expect(labelChange({ field: 'status', before: 'DRAFT', after: 'SUBMITTED' }, labels)).toEqual({
      field: '状态',
      before: '草稿',
      after: '已提交',
    });
    expect(labelChange({ field: 'status', before: '', after: 'ODD' }, labels)).toEqual({
      field: '状态',
      before: '',
      after: 'ODD',
    });
    expect(labelChange({ field: 'note', before: 'a', after: 'b' }, labels)).toEqual({
      field: 'note',
      before: 'a',
      after: 'b',
    });
  });

  it('quotes CSV fields that need it and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-2')).toBe("'-2");
  });

  it('exports one line per event with a BOM, the shown time and the changes', () => {
    const csv = auditCsv(
      [
        {
          createdAt: '2026-03-31T16:30:00Z',
          action: 'ORG_UNIT_UPDATED',
          targetType: 'OrgUnit',
          targetName: '一支部',
          actorName: '管理员 (admin)',
          before: { name: '一支部', deadline: '2027-01-10T16:00:00.000Z' },
          after: { name: '二支部', deadline: '2027-01-17T16:00:00.000Z' },
        },
        { createdAt: '2026-04-02T01:00:00Z', action: 'LOGIN_FAILED', targetType: 'User', targetId: 'u1' },
      ],
      ['时间', '操作人', '类型', '对象', '变更'],
      {
        time: (iso) => `T(${iso})`,
        actor: (row) => row.actorName ?? '系统',
        kind: (action) => (action === 'ORG_UNIT_UPDATED' ? '修改组织' : action),
        target: (row) => row.targetName ?? `${row.targetType} ${row.targetId}`,
        changes: (row) =>
          changedFields(row.before, row.after, (iso) => `T(${iso})`)
            .map((c) => `${c.field}: ${c.before} → ${c.after}`)
            .join('; '),
      },
    );
    expect(csv.startsWith('\uFEFF时间,操作人,类型,对象,变更\r\n')).toBe(true);
    expect(csv).toContain(
      'T(2026-03-31T16:30:00Z),管理员 (admin),修改组织,一支部,name: 一支部 → 二支部; deadline: T(2027-01-10T16:00:00.000Z) → T(2027-01-17T16:00:00.000Z)\r\n',
    );
    expect(csv).toContain('T(2026-04-02T01:00:00Z),系统,LOGIN_FAILED,User u1,\r\n');
  });
});
