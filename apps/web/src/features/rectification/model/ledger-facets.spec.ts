import { facetOptions, noFacets, withFacetsOf, type FacetItem } from './ledger-facets';

const item = (pathCode: string, path: string, indicatorCode: string, indicator: string): FacetItem => ({
  pathCode,
  pathName: { zh: path, en: `${path} (en)` },
  indicatorCode,
  indicatorName: { zh: indicator, en: `${indicator} (en)` },
});
const THEME = item('ORGANIZATION', '组织建设', 'ORG_THEME_DAYS', '主题党日');
const MEETINGS = item('ORGANIZATION', '组织建设', 'ORG_MEETINGS', '三会一课落实率');
const SURVEY = item('SUPERVISION', '党内监督', 'SUP_SATISFACTION', '民意调查满意度');
const none = { pathCode: '', indicatorCode: '' };

describe('the ledger filters’ choices', () => {
  it('offers each path and indicator listed, by name, once', () => {
    const seen = withFacetsOf(noFacets(), [THEME, SURVEY, THEME, MEETINGS]);
    const { paths, indicators } = facetOptions(seen, 'zh', none);
    expect(paths).toEqual([
      { value: 'ORGANIZATION', label: '组织建设' },
      { value: 'SUPERVISION', label: '党内监督' },
    ]);
    expect(indicators.map((o) => o.value).sort()).toEqual([
      'ORG_MEETINGS',
      'ORG_THEME_DAYS',
      'SUP_SATISFACTION',
    ]);
    expect(facetOptions(seen, 'en', none).paths[1]).toEqual({ value: 'SUPERVISION', label: '党内监督 (en)' });
  });

  it('keeps what was seen when a filtered list shows less, and narrows indicators to the chosen path', () => {
    const all = withFacetsOf(noFacets(), [THEME, SURVEY]);
    const filtered = withFacetsOf(all, [SURVEY]);
    expect(filtered).toBe(all); // nothing new: the same object, no re-render
    const { paths, indicators } = facetOptions(filtered, 'zh', {
      pathCode: 'supervision',
      indicatorCode: '',
    });
    expect(paths.map((o) => o.value)).toEqual(['ORGANIZATION', 'SUPERVISION']);
    expect(indicators).toEqual([{ value: 'SUP_SATISFACTION', label: '民意调查满意度' }]);
  });

  it('shows a code chosen through a link that nothing listed yet as itself', () => {
    const { paths, indicators } = facetOptions(noFacets(), 'zh', {
      pathCode: 'INTEGRITY',
      indicatorCode: 'INT_CASES',
    });
    expect(paths).toEqual([{ value: 'INTEGRITY', label: 'INTEGRITY' }]);
    expect(indicators).toEqual([{ value: 'INT_CASES', label: 'INT_CASES' }]);
  });
});
