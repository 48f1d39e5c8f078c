import { compareHref, parseCompareState, serializeCompareState } from './compare-url';

describe('compare URL state', () => {
  it('reads branches and the quarter', () => {
    expect(parseCompareState('?branches=a,b,c&period=2026Q3')).toEqual({
      branches: ['a', 'b', 'c'],
      period: '2026Q3',
    });
  });

  it('reads the year option (Y2026) and refuses a malformed one', () => {
    expect(parseCompareState('?branches=a,b&period=y2026')).toEqual({
      branches: ['a', 'b'],
      period: 'Y2026',
    });
    expect(parseCompareState('?branches=a,b&period=Y26')).toEqual({ branches: ['a', 'b'] });
  });

  it('drops malformed ids and duplicates, keeps at most six, and ignores a bad quarter', () => {
    expect(parseCompareState('branches=a,a,%3Cx%3E,,b&branches=c,d,e,f,g&period=Q3')).toEqual({
      branches: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
  });

  it('round-trips and builds links', () => {
    const state = { branches: ['x1', 'y-2'], period: '2025Q4' };
    expect(parseCompareState(serializeCompareState(state))).toEqual(state);
    expect(compareHref(['x1', 'y-2'], '2025Q4')).toBe('/compare?branches=x1%2Cy-2&period=2025Q4');
    expect(compareHref([])).toBe('/compare');
  });
});
