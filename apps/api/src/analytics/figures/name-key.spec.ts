import { nameSearchKey, nameSortKey, SEARCH_KEY_SEPARATOR } from './name-key';

describe('nameSortKey', () => {
  const sorted = (names: string[]) =>
    [...names].sort((a, b) =>
      nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0,
    );

  it('orders Chinese names by pinyin, not by code point', () => {
    // 阿 (a) < 北 (bei) < 中 (zhong); by code point 中 (U+4E2D) would come before 北 (U+5317).
    expect(sorted(['中华支部', '北门支部', '阿里支部'])).toEqual(['阿里支部', '北门支部', '中华支部']);
  });

  it('orders numbers inside names by value', () => {
    expect(sorted(['第12支部', '第2支部', '第1支部'])).toEqual(['第1支部', '第2支部', '第12支部']);
  });

  it('keeps names with the same reading apart', () => {
    expect(nameSortKey('市场支部')).not.toEqual(nameSortKey('试场支部'));
  });
});

describe('nameSearchKey', () => {
  const keys = (name: string) => nameSearchKey(name).split(SEARCH_KEY_SEPARATOR);

  it('is the full toneless pinyin, then the initials, in lower-case letters', () => {
    expect(keys('和平社区党支部')).toEqual(['hepingshequdangzhibu', 'hpsqdzb']);
  });

  it('reads a character by its context, and writes ü as v', () => {
    expect(keys('银行长安绿化')).toEqual(['yinhangchanganlvhua', 'yhcalh']);
  });

  it('keeps Latin letters whole (full-width ones folded) and drops digits and signs', () => {
    expect(keys('Xingfu 100%村党支部')).toEqual(['xingfucundangzhibu', 'xingfucdzb']);
    expect(keys('第2ＡＢ党支部')).toEqual(['diabdangzhibu', 'dabdzb']);
  });
});
