import { type SearchableUnit, unitMatches, unitSearch } from './unit-search';

// The pinyin as the API stores it (apps/api/src/analytics/figures/name-key.ts nameSearchKey).
const HEPING: SearchableUnit = {
  name: '和平社区党支部',
  code: 'SFQ-DC-002',
  namePinyin: 'hepingshequdangzhibu\u0001hpsqdzb',
};
const LVHUA: SearchableUnit = {
  name: '绿化队党支部',
  code: 'SFQ-LH-01',
  namePinyin: 'lvhuaduidangzhibu\u0001lhddzb',
};
// A unit whose pinyin the refresh has not computed yet, and one loaded without it.
const NEW_UNIT: SearchableUnit = { name: '和平新村党支部', code: 'SFQ-DC-009', namePinyin: null };
const NO_PINYIN: SearchableUnit = { name: '和平社区党支部', code: 'SFQ-DC-002' };

describe('unit search (as docs/metrics.md "Text search")', () => {
  it.each<[string, string, SearchableUnit, boolean]>([
    ['the name', '和平', HEPING, true],
    ['the name, spaces ignored', ' 和平 社区 ', HEPING, true],
    ['the code', 'SFQ-DC-002', HEPING, true],
    ['part of the code, in either case', 'dc-002', HEPING, true],
    ['the digits of the code', '002', HEPING, true],
    ['the initials', 'hp', HEPING, true],
    ['more initials', 'hpsq', HEPING, true],
    ['the full reading', 'heping', HEPING, true],
    ['the full reading, in either case', 'HePing', HEPING, true],
    ['the full reading, spaces ignored', 'he ping she qu', HEPING, true],
    ['the initials from the middle', 'dzb', HEPING, true],
    ['ü typed v', 'lvhua', LVHUA, true],
    ['not across the full reading and the initials', 'buhp', HEPING, false],
    ['not across them with a space either', 'bu hp', HEPING, false],
    ['not another reading', 'hk', HEPING, false],
    ['not letters and digits against the pinyin', 'hp2', HEPING, false],
    ['not another name', '幸福', HEPING, false],
    ['a unit without its pinyin yet: by name', '和平', NEW_UNIT, true],
    ['a unit without its pinyin yet: not by pinyin', 'hp', NEW_UNIT, false],
    ['a unit loaded without pinyin: by code', 'sfq', NO_PINYIN, true],
    ['a unit loaded without pinyin: not by pinyin', 'heping', NO_PINYIN, false],
  ])('%s: "%s"', (_what, text, unit, expected) => {
    expect(unitMatches(unit, text)).toBe(expected);
  });

  it('matches everything on a blank text, and has no test to run then', () => {
    expect(unitSearch('')).toBeNull();
    expect(unitSearch('   ')).toBeNull();
    expect(unitMatches(HEPING, '  ')).toBe(true);
  });

  it('folds the text once and tests many units with it', () => {
    const hp = unitSearch(' HP ')!;
    expect([HEPING, LVHUA, NEW_UNIT].filter(hp).map((u) => u.code)).toEqual(['SFQ-DC-002']);
  });
});
