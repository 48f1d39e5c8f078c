import {
  bandsAreRates,
  ruleMaxPoints,
  ruleModule,
  ruleRole,
  type Framework,
  type Rule,
} from '@pathboard/scoring';
import { PARAM_WORDS } from '../../../shared/framework-editing/rule-params';
import { indicatorChecksLine } from './framework-checks';

type Lang = 'zh' | 'en';

/** Rule types whose `target` is a rate (a share from 0 to 1), not a count. */
const RATE_TARGET = new Set(['ratio', 'ratio_floor']);

export interface RuleLine {
  /** The rule's name from its module in libs/scoring (每少一次扣分 …). */
  kind: string;
  role: ReturnType<typeof ruleRole>;
  /** The most it can earn (or take off). */
  maxPoints: number;
  /** Its parameters in words, e.g. "应开展次数：3；每次扣分：2". */
  params: string;
  /** The module's formula line in the screen's language (the registry's one wording). */
  formula: string;
}

const percent = (value: number) => `${+(value * 100).toFixed(2)}%`;

function showValue(key: string, value: unknown, lang: Lang, framework: Framework, rule: Rule): string {
  if (key === 'capGrade') return framework.grades.find((g) => g.code === value)?.name[lang] ?? String(value);
  const rate = PARAM_WORDS[key]?.rate || (key === 'target' && RATE_TARGET.has(rule.type));
  if (typeof value === 'number' && rate && value <= 1) return percent(value);
  const unit = (rule as { unit?: { zh: string; en: string } }).unit;
  if (key === 'target' && typeof value === 'number' && unit)
    return lang === 'zh' ? `${value}${unit.zh}` : `${value} ${unit.en}`;
  const rateBands =
    rule.type === 'banded' && bandsAreRates((rule as { bands: { min: number }[] }).bands.map((b) => b.min));
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const band = item as {
          name?: { zh: string; en: string };
          label?: { zh: string; en: string };
          min?: number;
          points?: number;
          deduction?: number;
        };
        const name = band.name?.[lang] ?? band.label?.[lang] ?? '';
        const shown = band.min === undefined ? '' : rateBands ? percent(band.min) : String(band.min);
        const min = band.min !== undefined ? ` ≥${shown}` : '';
        const pts = band.points ?? band.deduction;
        return `${name}${min}${pts !== undefined ? (lang === 'zh' ? ` ${pts}分` : ` ${pts} pt`) : ''}`.trim();
      })
      .join(lang === 'zh' ? '、' : ', ');
  }
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A rule in words: its kind, what it is worth and its parameters, named as office staff say them. */
export function ruleLine(rule: Rule, lang: Lang, framework: Framework): RuleLine {
  const module = ruleModule(rule.type);
  const params = Object.entries(rule as unknown as Record<string, unknown>)
    .filter(([key]) => key !== 'type' && key !== 'unit')
    .map(([key, value]) => {
      const label = PARAM_WORDS[key]?.[lang] ?? key;
      const text = showValue(key, value, lang, framework, rule);
      return lang === 'zh' ? `${label}：${text}` : `${label}: ${text}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
  return {
    kind: module.name[lang],
    role: ruleRole(rule),
    maxPoints: ruleMaxPoints(rule),
    params,
    formula: module.formula[lang],
  };
}

export interface PathSummary {
  code: string;
  name: string;
  weight: number;
  maxPoints: number;
  bonusCap: number | null;
  /** `checks`: the indicator's data-check settings in words ('' when it has none). */
  indicators: ({ code: string; name: string; sectors: string[]; checks: string } & RuleLine)[];
}

/** The framework as the score sheet reads it: paths with weights, indicators with their rules. */
export function frameworkSummary(framework: Framework, lang: Lang): PathSummary[] {
  return framework.paths.map((path) => ({
    code: path.code,
    name: path.name[lang],
    weight: path.weight,
    maxPoints: path.maxPoints ?? 100,
    bonusCap: path.bonusCap ?? null,
    indicators: path.indicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name[lang],
      sectors: indicator.sectors ?? [],
      checks: indicatorChecksLine(indicator, lang),
      ...ruleLine(indicator.rule, lang, framework),
    })),
  }));
}
