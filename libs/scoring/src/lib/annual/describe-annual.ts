/**
 * A framework's annual rules in one sentence, for the screens and reports that show how a year is
 * made ("年度得分为各季度平均；缺少或未审定的季度不计入；…").
 */
import { fmt } from '../engine/fraction';
import type { Framework, LocalizedText } from '../types';
import { compileAnnual } from './annual-rules';
import { METHOD_NAMES } from './combine-quarters';

export function describeAnnualRules(framework: Framework): LocalizedText {
  const annual = compileAnnual(framework);
  const combine = annual.combine;
  const name = METHOD_NAMES[combine.method];
  const zh: string[] = [];
  const en: string[] = [];
  if (combine.method === 'weighted') {
    const weights = combine.weights.map((w, i) => `Q${i + 1} ${fmt(w)}%`);
    zh.push(`年度得分为各季度官方总分加权（${weights.join('，')}）`);
    en.push(`the year is the weighted mean of the quarters' official totals (${weights.join(', ')})`);
  } else {
    zh.push(`年度得分为各季度官方总分${name.zh}`);
    en.push(`the year is the ${name.en} of the quarters' official totals`);
  }
  if (annual.missingQuarter === 'zero') {
    zh.push('缺少或未审定的季度按 0 分计');
    en.push('a quarter missing or not approved counts as 0');
  } else {
    zh.push('缺少或未审定的季度不计入');
    en.push('a quarter missing or not approved is left out');
  }
  if (annual.indicators.length > 0) {
    zh.push(`另有年度指标：${annual.indicators.map((ci) => ci.indicator.name.zh).join('、')}`);
    en.push(`annual items: ${annual.indicators.map((ci) => ci.indicator.name.en).join(', ')}`);
  }
  const grades = annual.grades.refs;
  zh.push(`年度等次：${grades.map((g) => g.name.zh).join('/')}`);
  en.push(`annual grades: ${grades.map((g) => g.name.en).join(' / ')}`);
  if (annual.quarterVetoesCap) {
    zh.push('季度触发一票否决的，年度等次封顶');
    en.push("a quarter's veto caps the annual grade");
  } else {
    zh.push('季度一票否决不影响年度等次');
    en.push("a quarter's veto does not cap the annual grade");
  }
  return { zh: `${zh.join('；')}。`, en: `${en.join('; ')}.` };
}
