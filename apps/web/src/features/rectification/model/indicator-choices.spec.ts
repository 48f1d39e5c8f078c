import { indicatorChoices, indicatorLabel } from './indicator-choices';

const framework = {
  paths: [
    {
      code: 'ORGANIZATION',
      name: { zh: '组织建设', en: 'Organization building' },
      indicators: [{ code: 'ORG_THEME_DAYS', name: { zh: '主题党日', en: 'Themed Party days' } }],
    },
    {
      code: 'SUPERVISION',
      name: { zh: '党内监督', en: 'Intra-Party supervision' },
      indicators: [{ code: 'SUP_SATISFACTION', name: { zh: '民意调查满意度', en: 'Satisfaction' } }],
    },
  ],
} as unknown as Parameters<typeof indicatorChoices>[0];

describe('the indicators a rectification item can be about', () => {
  it('lists every indicator in the framework’s order, with its path', () => {
    expect(indicatorChoices(framework)).toEqual([
      {
        code: 'ORG_THEME_DAYS',
        name: { zh: '主题党日', en: 'Themed Party days' },
        pathName: { zh: '组织建设', en: 'Organization building' },
      },
      {
        code: 'SUP_SATISFACTION',
        name: { zh: '民意调查满意度', en: 'Satisfaction' },
        pathName: { zh: '党内监督', en: 'Intra-Party supervision' },
      },
    ]);
  });

  it('names an indicator by its code, and shows an unknown code as itself', () => {
    const choices = indicatorChoices(framework);
    expect(indicatorLabel(choices, 'SUP_SATISFACTION', 'zh')).toBe('民意调查满意度');
    expect(indicatorLabel(choices, 'SUP_SATISFACTION', 'en')).toBe('Satisfaction');
    expect(indicatorLabel(choices, 'NOPE', 'zh')).toBe('NOPE');
  });
});
