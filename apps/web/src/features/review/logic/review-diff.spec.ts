import { defaultFramework } from '@pathboard/frameworks';
import { type Entries, fieldSpecs } from '../../../shared/assessment-form/form/edit-session';
import {
  reviewedValuesPayload,
  reviewEntries,
  reviewRows,
  selfFormValue,
  storedReasons,
  type StoredPair,
  unexplainedAdjustments,
} from './review-diff';

const specs = fieldSpecs(defaultFramework, 'COMMUNITY');
const spec = (code: string) => specs.find((s) => s.code === code)!;
const stored: StoredPair[] = [
  {
    indicatorCode: 'ORG_MEETINGS',
    selfValue: { numerator: 12, denominator: 12 },
    reviewedValue: null,
    evidence: '会议记录',
  },
  { indicatorCode: 'ORG_THEME_DAYS', selfValue: 3, reviewedValue: 2, reviewReason: '第三次无活动记录' },
  { indicatorCode: 'TRN_XUEXI_ACTIVE', selfValue: 0.9 },
];
const set = (entries: Entries, code: string, value: Entries[string]['value']): Entries => ({
  ...entries,
  [code]: { ...entries[code], value },
});

describe('reviewEntries', () => {
  it('starts from the official values: reviewed where stored, else the branch’s', () => {
    const entries = reviewEntries(specs, stored);
    expect(entries.ORG_MEETINGS.value).toEqual({ numerator: 12, denominator: 12 });
    expect(entries.ORG_THEME_DAYS.value).toBe(2);
    expect(entries.TRN_XUEXI_ACTIVE.value).toBe(90);
    expect(entries.ORG_WORK_PLAN.value).toBeNull();
    expect(selfFormValue(spec('ORG_THEME_DAYS'), stored)).toBe(3);
  });
});

describe('reviewRows', () => {
  it('puts the branch’s value next to the official one and flags adjustments', () => {
    const entries = set(reviewEntries(specs, stored), 'ORG_MEETINGS', { numerator: 10, denominator: 12 });
    const rows = Object.fromEntries(reviewRows(specs, stored, entries).map((r) => [r.spec.code, r]));
    expect(rows.ORG_MEETINGS).toMatchObject({
      self: { numerator: 12, denominator: 12 },
      official: { numerator: 10, denominator: 12 },
      adjusted: true,
      evidence: '会议记录',
    });
    expect(rows.ORG_THEME_DAYS).toMatchObject({ self: 3, official: 2, adjusted: true });
    expect(rows.TRN_XUEXI_ACTIVE).toMatchObject({
      self: 0.9,
      official: 0.9,
      adjusted: false,
      evidence: null,
    });
    expect(rows.ORG_WORK_PLAN).toMatchObject({ self: null, official: null, adjusted: false });
  });
});

describe('the reasons of adjustments (调整理由)', () => {
  it('start from the stored ones and name the adjusted rows still without one', () => {
    const reasons = storedReasons(stored);
    expect(reasons).toEqual({ ORG_THEME_DAYS: '第三次无活动记录' });
    let entries = set(reviewEntries(specs, stored), 'ORG_MEETINGS', { numerator: 10, denominator: 12 });
    entries = set(entries, 'ORG_WORK_PLAN', 'FAIR');
    const rows = reviewRows(specs, stored, entries);
    expect(unexplainedAdjustments(rows, reasons).map((r) => r.spec.code)).toEqual([
      'ORG_MEETINGS',
      'ORG_WORK_PLAN',
    ]);
    const typed = { ...reasons, ORG_MEETINGS: '  ', ORG_WORK_PLAN: '计划未报备' };
    expect(unexplainedAdjustments(rows, typed).map((r) => r.spec.code)).toEqual(['ORG_MEETINGS']);
  });
});

describe('reviewedValuesPayload', () => {
  const start = reviewEntries(specs, stored);
  const kept = storedReasons(stored);

  it('sends nothing when the reviewer changed nothing', () => {
    expect(reviewedValuesPayload(specs, stored, start)).toEqual([]);
    expect(reviewedValuesPayload(specs, stored, start, kept)).toEqual([]);
  });

  it('sends a changed reason with its unchanged value, trimmed', () => {
    expect(reviewedValuesPayload(specs, stored, start, { ORG_THEME_DAYS: ' 第三次记录不全 ' })).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '第三次记录不全' },
    ]);
  });

  it('sends new adjustments as engine inputs', () => {
    let entries = set(start, 'ORG_MEETINGS', { numerator: 10, denominator: 12 });
    entries = set(entries, 'TRN_XUEXI_ACTIVE', 72.5);
    entries = set(entries, 'ORG_WORK_PLAN', 'FAIR');
    const reasons = {
      ...kept,
      ORG_MEETINGS: '签到表 10 次',
      ORG_WORK_PLAN: '计划未报备',
      TRN_XUEXI_ACTIVE: '后台数据',
    };
    expect(reviewedValuesPayload(specs, stored, entries, reasons)).toEqual([
      { indicatorCode: 'ORG_MEETINGS', value: { numerator: 10, denominator: 12 }, reason: '签到表 10 次' },
      { indicatorCode: 'ORG_WORK_PLAN', value: 'FAIR', reason: '计划未报备' },
      { indicatorCode: 'TRN_XUEXI_ACTIVE', value: 0.725, reason: '后台数据' },
    ]);
  });

  it('clears a stored adjustment when the reviewer goes back to the branch’s value or empties the field', () => {
    expect(reviewedValuesPayload(specs, stored, set(start, 'ORG_THEME_DAYS', 3))).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: null },
    ]);
    expect(reviewedValuesPayload(specs, stored, set(start, 'ORG_THEME_DAYS', null))).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: null },
    ]);
  });

  it('changes a stored adjustment to another value, keeping its reason', () => {
    expect(reviewedValuesPayload(specs, stored, set(start, 'ORG_THEME_DAYS', 1), kept)).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: 1, reason: '第三次无活动记录' },
    ]);
  });

  it('does not send an adjustment equal to the branch’s value, or an empty field without one stored', () => {
    expect(reviewedValuesPayload(specs, stored, set(start, 'TRN_XUEXI_ACTIVE', 90))).toEqual([]);
    expect(reviewedValuesPayload(specs, stored, set(start, 'TRN_XUEXI_ACTIVE', null))).toEqual([]);
  });
});
