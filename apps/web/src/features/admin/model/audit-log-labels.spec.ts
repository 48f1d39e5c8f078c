import { formatPeriod } from '../../../shared/formatting';
import type { AppLanguage } from '../../../shared/i18n';
import { createTestI18n } from '../../../test-support/i18n';
import { formatBytes } from '../../reports';
import { changeLines, targetLabel, type AuditRow } from './audit-log';
import { changeLabeller, shortId, type AuditNames, type LabelOf } from './audit-log-labels';

const IMPORT_ID = '66cde9d1-2b1f-4c1e-9a55-0c3f2d8e7a10';
const FILE_1 = '42cfeea0-0d8e-4b7a-8f0e-5a1c2b3d4e5f';
const FILE_2 = '52cfeea0-0d8e-4b7a-8f0e-5a1c2b3d4e5f';
const NIL_UNIT = '00000000-0000-0000-0000-000000000000';

function wording(language: AppLanguage, names: Partial<AuditNames> = {}) {
  const i18n = createTestI18n(language);
  const labelOf: LabelOf = (key, values) => (i18n.exists(key) ? i18n.t(key, values ?? {}) : undefined);
  const units = names.units ?? new Map([['u1', '东城街道第一党支部']]);
  const labels = changeLabeller(labelOf, {
    bytes: (n) => formatBytes(n, language),
    period: (code) => formatPeriod(code, language),
    indicators: new Map([['ORG_MEETINGS', '三会一课落实率']]),
    ...names,
    units,
  });
  return {
    lines: (row: Pick<AuditRow, 'before' | 'after'>) =>
      changeLines(
        row,
        (iso) => `T(${iso})`,
        labels,
        (label, text) => i18n.t('header.labelled', { label, text }),
      ),
    target: (row: Pick<AuditRow, 'targetType' | 'targetId' | 'targetName'>) =>
      targetLabel(row, units, labelOf),
    t: (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {}),
  };
}

const zh = wording('zh-CN');
const en = wording('en');

describe('audit log labels: every field an event holds, in words', () => {
  it.each<[string, Pick<AuditRow, 'before' | 'after'>, string[]]>([
    [
      'a values import (VALUES_IMPORTED): sizes, counts and quarter in words, hash and ids left out',
      {
        before: null,
        after: {
          rows: 4,
          bytes: 12398,
          counts: { updated: 41, imported: 39, unchanged: 32 },
          period: '2026Q3',
          sha256: 'ab12cd',
          importId: IMPORT_ID,
          assessments: [FILE_1, FILE_2],
        },
      },
      [
        '行数：4',
        '文件大小：12 KB',
        '导入结果：更新 41 项、新增 39 项、未变 32 项',
        '季度：2026年第三季度',
        '导入批次：66cde9d1…',
        '考评：2 个',
      ],
    ],
    [
      'one imported row (IMPORT): what changed, its row and a short batch id',
      {
        before: { version: 3, values: { ORG_MEETINGS: { self: 0.8 } } },
        after: { version: 4, values: { ORG_MEETINGS: { self: 0.9 } }, importId: IMPORT_ID, row: 6 },
      },
      ['填报值：修改 1 项（三会一课落实率 0.8 → 0.9）', '导入批次：66cde9d1…', '行号：6'],
    ],
    [
      'an uploaded file (EVIDENCE_UPLOADED): its name, kind and size, no ids or hash',
      {
        before: null,
        after: {
          id: FILE_1,
          assessmentId: FILE_2,
          indicatorCode: 'ORG_MEETINGS',
          name: '支部会议记录.jpg',
          mimeType: 'image/jpeg',
          kind: 'IMAGE',
          sizeBytes: 2_097_152,
          sha256: 'ab12cd',
        },
      },
      ['指标：三会一课落实率', '名称：支部会议记录.jpg', '类型：照片', '文件大小：2.0 MB'],
    ],
    [
      'a deleted file (EVIDENCE_DELETED, no after): its fields alone, not "→ —"',
      { before: { name: '会议纪要.pdf', kind: 'PDF' }, after: null },
      ['名称：会议纪要.pdf', '类型：PDF 文件'],
    ],
    [
      'an answer’s files (ids only): their count',
      {
        before: { status: 'OPEN', version: 1 },
        after: { status: 'ANSWERED', version: 2, measures: '已补开支委会', files: [FILE_1, FILE_2] },
      },
      ['状态：待整改 → 已反馈待核验', '整改措施：已补开支委会', '文件：2 个文件'],
    ],
    ['an evidence archive: the count of files', { after: { files: 5 } }, ['文件：5 个文件']],
    [
      'a framework the page does not know: its code and version',
      { after: { framework: 'PATHBOARD_DEFAULT@1' } },
      ['考评方案：PATHBOARD_DEFAULT 第1版'],
    ],
    [
      'an access refusal: the attempted operation, role and reason in words',
      { after: { attemptedAction: 'assessment.read', role: 'BRANCH', reason: 'SCOPE' } },
      ['尝试的操作：查看考评', '角色：支部书记', '原因：超出管辖范围'],
    ],
    [
      'a save: only the indicators that changed, a changed note without its text',
      {
        before: {
          version: 2,
          values: {
            ORG_MEETINGS: { self: 0.8, reviewed: null, evidence: null },
            ORG_WORK_PLAN: { self: 'GOOD', reviewed: null, evidence: '旧说明' },
            ORG_STUDY: { self: true, reviewed: null, evidence: null },
          },
        },
        after: {
          version: 3,
          values: {
            ORG_MEETINGS: { self: 0.9 },
            ORG_WORK_PLAN: { self: 'GOOD', evidence: '新说明' },
            ORG_STUDY: { self: true },
          },
        },
      },
      ['填报值：修改 2 项（三会一课落实率 0.8 → 0.9，ORG_WORK_PLAN 佐证说明已修改）'],
    ],
    [
      'a save that changed nothing: says so instead of "16 → 16"',
      {
        before: {
          values: { A: { self: 1, reviewed: null, evidence: null }, B: { self: 2, reviewed: null } },
        },
        after: { values: { A: { self: 1 }, B: { self: 2, evidence: null } } },
      },
      ['填报值：2 项指标（无修改）'],
    ],
    [
      'more than three changed values: the first three and "…"',
      {
        before: { values: {} },
        after: {
          values: {
            A: { self: 1 },
            B: { self: [1, 2] },
            C: { self: { numerator: 3, denominator: 4 } },
            D: { self: false },
          },
        },
      },
      ['填报值：修改 4 项（A — → 1，B — → 1、2，C — → 3/4，…）'],
    ],
    [
      'a review: the reviewed value against the stored one',
      {
        before: {
          status: 'SUBMITTED',
          values: { ORG_MEETINGS: { self: 0.9, reviewed: null, evidence: null } },
        },
        after: { status: 'APPROVED', values: { ORG_MEETINGS: { reviewed: 0.7, reason: '记录不全' } } },
      },
      ['状态：已提交，待审核 → 审核通过', '填报值：修改 1 项（三会一课落实率 0.9 → 0.7）'],
    ],
    [
      'unknown objects as "key: value" pairs (known keys labelled), never JSON; unknown ids short',
      { after: { scores: { self: 81.5, reviewed: null }, extra: { depth: { n: 1 } }, otherId: FILE_1 } },
      ['得分：自评：81.5，审核：—', 'extra：depth：n：1', 'otherId：42cfeea0…'],
    ],
    [
      'units by name in a reminder, a move and an import refusal’s reason',
      {
        before: { parentId: 'u1' },
        after: {
          parentId: NIL_UNIT,
          branchIds: ['u1', NIL_UNIT],
          refusal: { status: 400, reason: 'SCOPE', message: 'x' },
        },
      },
      [
        '上级组织：东城街道第一党支部 → 00000000…',
        '催报支部：东城街道第一党支部、00000000…',
        '拒绝原因：超出管辖范围',
      ],
    ],
  ])('%s', (_, row, expected) => {
    expect(zh.lines(row)).toEqual(expected);
  });

  it('names a framework the page knows by its name and version', () => {
    const known = wording('zh-CN', {
      frameworks: new Map([['PATHBOARD_DEFAULT@1', '党支部标准化考评 第1版']]),
    });
    expect(known.lines({ after: { framework: 'PATHBOARD_DEFAULT@1' } })).toEqual([
      '考评方案：党支部标准化考评 第1版',
    ]);
  });

  it('words the same fields in English', () => {
    expect(
      en.lines({
        after: {
          rows: 4,
          counts: { unchanged: 32, imported: 39, updated: 41 },
          attemptedAction: 'orgUnit.move',
        },
      }),
    ).toEqual(['Rows: 4', 'Import result: 41 updated, 39 new, 32 unchanged', 'Attempted: Move unit']);
    expect(en.lines({ after: { framework: 'PATHBOARD_DEFAULT@2' } })).toEqual([
      'Framework: PATHBOARD_DEFAULT v2',
    ]);
  });

  it.each<[string, Pick<AuditRow, 'targetType' | 'targetId' | 'targetName'>, string]>([
    ['the name the API joined', { targetType: 'OrgUnit', targetId: 'u1', targetName: '一支部' }, '一支部'],
    ['a unit the page knows', { targetType: 'OrgUnit', targetId: 'u1' }, '东城街道第一党支部'],
    [
      'a branch’s annual values',
      { targetType: 'AnnualValues', targetId: 'u1/2026' },
      '东城街道第一党支部 2026',
    ],
    [
      'an unknown unit: its kind and a short id',
      { targetType: 'OrgUnit', targetId: NIL_UNIT },
      '组织 00000000…',
    ],
    ['a refused operation', { targetType: 'Operation', targetId: 'assessment.read' }, '查看考评'],
    ['an unknown user without id', { targetType: 'User', targetId: null }, '用户'],
  ])('names the object: %s', (_, row, expected) => {
    expect(zh.target(row)).toBe(expected);
  });

  it('names the export in the user’s language', () => {
    expect(zh.t('admin.audit.csvName', { date: '2026-12-07' })).toBe('操作日志-2026-12-07.csv');
    expect(en.t('admin.audit.csvName', { date: '2026-12-07' })).toBe('audit-log-2026-12-07.csv');
  });

  it('shortens an id only when it is one', () => {
    expect(shortId(IMPORT_ID)).toBe('66cde9d1…');
    expect(shortId('2026')).toBe('2026');
  });
});
