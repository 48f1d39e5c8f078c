import type { Indicator, Path, Rule } from '@pathboard/scoring';
import type { FrameworkEntity } from './entities/framework.entity';
import type {
  FrameworkIndicatorModel,
  FrameworkModel,
  FrameworkPathModel,
  IndicatorRuleModel,
} from './models/framework.model';

/** Reads an optional numeric parameter whatever the rule type, so the GraphQL type stays flat. */
function num(rule: Rule, key: string): number | null {
  const value = (rule as unknown as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

export function toRuleModel(rule: Rule): IndicatorRuleModel {
  const isBaseRule = rule.type !== 'bonus' && rule.type !== 'deduction' && rule.type !== 'veto';
  return {
    type: rule.type,
    maxPoints: isBaseRule ? num(rule, 'maxPoints') : null,
    target: rule.type === 'ratio' ? (rule.target ?? 1) : num(rule, 'target'),
    required: num(rule, 'required'),
    threshold: num(rule, 'threshold'),
    step: num(rule, 'step'),
    deduction: num(rule, 'deduction'),
    points: rule.type === 'bonus' || rule.type === 'deduction' ? rule.points : null,
    cap: num(rule, 'cap'),
    capGrade: rule.type === 'veto' ? (rule.capGrade ?? null) : null,
    unit: rule.type === 'count' ? (rule.unit ?? null) : null,
    ratingBands: rule.type === 'rating' ? rule.bands : null,
    numericBands: rule.type === 'banded' ? rule.bands : null,
    items:
      rule.type === 'checklist'
        ? rule.items.map((item) => ({
            code: item.code,
            name: item.name,
            deduction: item.deduction ?? rule.deduction,
          }))
        : null,
    params: rule,
  };
}

function toIndicatorModel(indicator: Indicator): FrameworkIndicatorModel {
  const rule = toRuleModel(indicator.rule);
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description ?? null,
    source: indicator.source ?? [],
    sectors: indicator.sectors ?? null,
    type: indicator.rule.type,
    maxPoints: rule.maxPoints,
    rule,
  };
}

function toPathModel(path: Path): FrameworkPathModel {
  return {
    code: path.code,
    name: path.name,
    weight: path.weight,
    maxPoints: path.maxPoints ?? 100,
    bonusCap: path.bonusCap ?? null,
    indicators: path.indicators.map(toIndicatorModel),
  };
}

export function toFrameworkModel(entity: FrameworkEntity): FrameworkModel {
  const definition = entity.definition;
  return {
    id: entity.id,
    code: entity.code,
    version: entity.version,
    name: entity.name,
    description: definition.description ?? null,
    locked: entity.locked,
    createdAt: entity.createdAt,
    grades: definition.grades,
    paths: definition.paths.map(toPathModel),
    definition,
  };
}
