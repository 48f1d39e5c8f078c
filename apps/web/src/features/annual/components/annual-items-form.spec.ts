import type { Indicator } from '@pathboard/scoring';
import { editedValues, shownValue, valueText } from './annual-items-form';

const bonus: Indicator = {
  code: 'ANNUAL_COMMENDATION',
  name: { zh: '年度表彰', en: 'commendations' },
  rule: { type: 'bonus', points: 2, cap: 6 },
};
const veto: Indicator = {
  code: 'NO_INNOVATION_PROJECT',
  name: { zh: '未开展党建创新项目', en: 'no innovation project' },
  rule: { type: 'veto', capGrade: 'FOUR' },
};
const item = (indicator: Indicator, over: object = {}) => ({
  code: indicator.code,
  indicator,
  applicable: true,
  selfValue: null,
  evidence: null,
  reviewedValue: null,
  ...over,
});

describe('annual items form', () => {
  it('shows the stored value until edited, and words for yes/no', () => {
    const b = item(bonus, { selfValue: 3, reviewedValue: 2 });
    expect(shownValue(b, undefined, 'self')).toBe(3);
    expect(shownValue(b, undefined, 'reviewed')).toBe(2);
    expect(shownValue(b, { value: 1 }, 'reviewed')).toBe(1);
    const words = { yes: '是', no: '否', empty: '—' };
    expect([true, false, null, 4].map((v) => valueText(v, words))).toEqual(['是', '否', '—', '4']);
  });

  it('sends only the edited, applicable items, with the branch note on its own values', () => {
    const items = [
      item(bonus, { selfValue: 3, evidence: '区级表彰' }),
      item(veto),
      item({ ...veto, code: 'OTHER' }, { applicable: false }),
    ];
    const edits = new Map([
      ['NO_INNOVATION_PROJECT', { value: true }],
      ['OTHER', { value: true }],
    ]);
    expect(editedValues(items, edits, 'reviewed')).toEqual([
      { indicatorCode: 'NO_INNOVATION_PROJECT', value: true },
    ]);
    const own = new Map([['ANNUAL_COMMENDATION', { evidence: ' 市级表彰 ' }]]);
    expect(editedValues(items, own, 'self')).toEqual([
      { indicatorCode: 'ANNUAL_COMMENDATION', value: 3, evidence: '市级表彰' },
    ]);
    // A cleared field sends null (the item counts as missing).
    expect(editedValues(items, new Map([['ANNUAL_COMMENDATION', { value: null }]]), 'reviewed')).toEqual([
      { indicatorCode: 'ANNUAL_COMMENDATION', value: null },
    ]);
  });
});
