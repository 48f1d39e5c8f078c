import { framework } from './score-year.fixtures';
import { describeAnnualRules } from './describe-annual';

const t = (zh: string, en = zh) => ({ zh, en });

describe('describeAnnualRules', () => {
  it('words the defaults of a framework without an annual section', () => {
    expect(describeAnnualRules(framework())).toEqual({
      zh: '年度得分为各季度官方总分平均；缺少或未审定的季度不计入；年度等次：优秀/良好/合格/不合格；季度触发一票否决的，年度等次封顶。',
      en: "the year is the mean of the quarters' official totals; a quarter missing or not approved is left out; annual grades: Excellent / Good / Pass / Fail; a quarter's veto caps the annual grade.",
    });
  });

  it('words weights, the zero policy, annual items and uncapped quarter vetoes', () => {
    const words = describeAnnualRules(
      framework({
        combine: { method: 'weighted', weights: [20, 20, 20, 40] },
        missingQuarter: 'zero',
        indicators: [
          { code: 'PRIZE', name: t('年度表彰', 'commendations'), rule: { type: 'bonus', points: 2, cap: 6 } },
        ],
        quarterVetoesCap: false,
      }),
    );
    expect(words.zh).toBe(
      '年度得分为各季度官方总分加权（Q1 20%，Q2 20%，Q3 20%，Q4 40%）；缺少或未审定的季度按 0 分计；另有年度指标：年度表彰；年度等次：优秀/良好/合格/不合格；季度一票否决不影响年度等次。',
    );
    expect(words.en).toContain('weighted mean of the quarters');
    expect(words.en).toContain('annual items: commendations');
  });
});
