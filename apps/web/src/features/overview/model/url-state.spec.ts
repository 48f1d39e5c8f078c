import {
  drillDownState,
  nextSort,
  EMPTY_OVERVIEW_STATE,
  hasTableFilters,
  parseOverviewState,
  serializeOverviewState,
  type OverviewUrlState,
} from './url-state';

describe('overview URL state', () => {
  it('reads every part of a shared link', () => {
    const state = parseOverviewState(
      '?unit=abc-123&period=2026Q3&sector=RURAL,COMMUNITY&grade=FAIL,NONE&status=SUBMITTED&sort=total.asc&q=%E6%9D%91&ranking=branches',
    );
    expect(state).toEqual({
      unit: 'abc-123',
      period: '2026Q3',
      sector: ['RURAL', 'COMMUNITY'],
      grade: ['FAIL', 'NONE'],
      status: ['SUBMITTED'],
      sort: { key: 'total', dir: 'asc' },
      q: '村',
      ranking: 'branches',
    });
  });

  it('opens the default view for an empty query string', () => {
    expect(parseOverviewState('')).toEqual(EMPTY_OVERVIEW_STATE);
  });

  it('accepts repeated parameters as well as comma lists, without duplicates', () => {
    const state = parseOverviewState('sector=RURAL&sector=SOE,RURAL&status=NONE&status=DRAFT');
    expect(state.sector).toEqual(['RURAL', 'SOE']);
    expect(state.status).toEqual(['NONE', 'DRAFT']);
  });

  it('drops malformed or unknown values instead of failing', () => {
    const state = parseOverviewState(
      'unit=%3Cscript%3E&period=2026Q5&sector=MARS,RURAL&status=LOST&grade=%20&sort=total.sideways&ranking=all',
    );
    expect(state).toEqual({ sector: ['RURAL'], grade: [], status: [] });
  });

  it('upper-cases a hand-typed quarter and defaults the sort direction to ascending', () => {
    expect(parseOverviewState('period=2026q1&sort=name')).toMatchObject({
      period: '2026Q1',
      sort: { key: 'name', dir: 'asc' },
    });
  });

  it('accepts path columns as sort keys', () => {
    expect(parseOverviewState('sort=path:ORGANIZATION.desc').sort).toEqual({
      key: 'path:ORGANIZATION',
      dir: 'desc',
    });
    expect(parseOverviewState('sort=path:.desc').sort).toBeUndefined();
  });

  it('writes defaults out and keeps a fixed parameter order', () => {
    const state: OverviewUrlState = {
      sector: ['SOE'],
      grade: [],
      status: ['APPROVED', 'NONE'],
      period: '2026Q2',
      unit: 'u1',
      sort: { key: 'rankChange', dir: 'desc' },
    };
    expect(serializeOverviewState(state).toString()).toBe(
      'unit=u1&period=2026Q2&sector=SOE&status=APPROVED%2CNONE&sort=rankChange.desc',
    );
    expect(serializeOverviewState(EMPTY_OVERVIEW_STATE).toString()).toBe('');
  });

  it('round-trips', () => {
    const state: OverviewUrlState = {
      unit: 'u1',
      period: '2025Q4',
      sector: ['NEW_ORG', 'ORGAN'],
      grade: ['GOOD'],
      status: ['RETURNED'],
      sort: { key: 'path:SUP', dir: 'desc' },
      q: '社区 a&b',
      ranking: 'branches',
    };
    expect(parseOverviewState(serializeOverviewState(state))).toEqual(state);
  });

  it('knows when the table is filtered', () => {
    expect(hasTableFilters(EMPTY_OVERVIEW_STATE)).toBe(false);
    expect(hasTableFilters({ ...EMPTY_OVERVIEW_STATE, q: '村' })).toBe(true);
    expect(hasTableFilters({ ...EMPTY_OVERVIEW_STATE, grade: ['FAIL'] })).toBe(true);
  });

  it('drills down keeping the quarter and the filters, not the sort or ranking mode', () => {
    const state: OverviewUrlState = {
      unit: 'd',
      period: '2026Q3',
      sector: ['RURAL'],
      grade: [],
      status: [],
      sort: { key: 'child', dir: 'asc' },
      ranking: 'branches',
    };
    expect(drillDownState(state, 'street')).toEqual({
      unit: 'street',
      period: '2026Q3',
      sector: ['RURAL'],
      grade: [],
      status: [],
    });
  });

  it('cycles a header sort: ascending, descending, back to the ranking', () => {
    expect(nextSort(undefined, 'total')).toEqual({ key: 'total', dir: 'asc' });
    expect(nextSort({ key: 'total', dir: 'asc' }, 'total')).toEqual({ key: 'total', dir: 'desc' });
    expect(nextSort({ key: 'total', dir: 'desc' }, 'total')).toBeUndefined();
    expect(nextSort({ key: 'total', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    // the default is rank ascending already: the first click on rank reverses it
    expect(nextSort(undefined, 'rank')).toEqual({ key: 'rank', dir: 'desc' });
    expect(nextSort({ key: 'rank', dir: 'desc' }, 'rank')).toBeUndefined();
  });
});
