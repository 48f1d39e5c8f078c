import {
  DEFAULT_JUMP_SHARE,
  DEFAULT_OUTLIER_SCORE,
  inputKind,
  MEASURED_KINDS,
  type Framework,
  type Indicator,
} from '@pathboard/scoring';

/**
 * The data checks' settings as the framework editor and view show them (docs/domain.md "Data
 * checks"): the framework's jump share and outlier score, and each measured indicator's expected
 * range and minChange. Warnings only: none of them changes a score. Validation rules are kept as
 * the file has them; the editor does not edit them.
 */
export const FRAMEWORK_CHECK_KEYS = ['jumpShare', 'outlierScore'] as const;
export type FrameworkCheckKey = (typeof FRAMEWORK_CHECK_KEYS)[number];

export const INDICATOR_CHECK_KEYS = ['min', 'max', 'minChange'] as const;
export type IndicatorCheckKey = (typeof INDICATOR_CHECK_KEYS)[number];

/** What applies when the framework leaves a setting out (libs/scoring's defaults). */
export const CHECK_DEFAULTS: Readonly<Record<FrameworkCheckKey, number>> = {
  jumpShare: DEFAULT_JUMP_SHARE,
  outlierScore: DEFAULT_OUTLIER_SCORE,
};

/** Whether the jump and peer checks read the indicator (n of d, count, rate, number): only then are its settings offered. */
export function isMeasured(indicator: Indicator): boolean {
  return MEASURED_KINDS.includes(inputKind(indicator));
}

/** Whether the indicator's quantity is a rate, written 0..1 (0.3 for 30%). */
export function isRate(indicator: Indicator): boolean {
  const kind = inputKind(indicator);
  return kind === 'fraction' || kind === 'percent';
}

/** The property path of an indicator's setting, e.g. `paths[0].indicators[3].expectedRange.min`. */
export function indicatorCheckLocation(at: string, key: IndicatorCheckKey): string {
  return key === 'minChange' ? `${at}.minChange` : `${at}.expectedRange.${key}`;
}

export function indicatorCheckValue(indicator: Indicator, key: IndicatorCheckKey): number | null {
  const value = key === 'minChange' ? indicator.minChange : indicator.expectedRange?.[key];
  return value ?? null;
}

/** The draft with one indicator setting set, or removed when cleared (an empty range goes with it). */
export function setIndicatorCheck(
  draft: Framework,
  p: number,
  i: number,
  key: IndicatorCheckKey,
  value: number | null,
): Framework {
  const next = structuredClone(draft) as Framework;
  const indicator = next.paths[p].indicators[i];
  if (key === 'minChange') {
    if (value === null) delete indicator.minChange;
    else indicator.minChange = value;
    return next;
  }
  const range = { ...indicator.expectedRange };
  if (value === null) delete range[key];
  else range[key] = value;
  if (range.min === undefined && range.max === undefined) delete indicator.expectedRange;
  else indicator.expectedRange = range;
  return next;
}

/** The draft with the framework's jump share or outlier score set, or removed (the default applies). */
export function setFrameworkCheck(draft: Framework, key: FrameworkCheckKey, value: number | null): Framework {
  const next = structuredClone(draft) as Framework;
  const checks = { ...next.checks };
  if (value === null) delete checks[key];
  else checks[key] = value;
  if (Object.keys(checks).length === 0) delete next.checks;
  else next.checks = checks;
  return next;
}

/** Every input the checks add to the editor, so the validator's messages about them stand beside them. */
export function checkFields(draft: Framework): string[] {
  const fields: string[] = FRAMEWORK_CHECK_KEYS.map((key) => `checks.${key}`);
  draft.paths.forEach((path, p) =>
    path.indicators.forEach((indicator, i) => {
      if (!isMeasured(indicator)) return;
      for (const key of INDICATOR_CHECK_KEYS)
        fields.push(indicatorCheckLocation(`paths[${p}].indicators[${i}]`, key));
    }),
  );
  return fields;
}

type Lang = 'zh' | 'en';

/** The framework's own settings in a line: the defaults named as such, and the rules counted. */
export function frameworkChecksLine(framework: Framework, lang: Lang): string {
  const checks = framework.checks ?? {};
  const share = checks.jumpShare ?? CHECK_DEFAULTS.jumpShare;
  const score = checks.outlierScore ?? CHECK_DEFAULTS.outlierScore;
  const rules = checks.validationRules?.length ?? 0;
  const percent = `${+(share * 100).toFixed(2)}%`;
  return lang === 'zh'
    ? `较上季度变化超过 ${percent} 提示；与同类支部相比修正 z 分数绝对值超过 ${score} 提示；校验规则 ${rules} 条`
    : `warn on a change from last quarter above ${percent}, on a modified z-score among peers beyond ${score}; ${rules} validation rule(s)`;
}

/** An indicator's settings in a line (empty when it has none). */
export function indicatorChecksLine(indicator: Indicator, lang: Lang): string {
  const parts: string[] = [];
  const { min, max } = indicator.expectedRange ?? {};
  if (min !== undefined || max !== undefined)
    parts.push(
      lang === 'zh'
        ? `预期范围 ${min ?? '—'} ~ ${max ?? '—'}`
        : `expected range ${min ?? '—'} to ${max ?? '—'}`,
    );
  if (indicator.minChange !== undefined)
    parts.push(
      lang === 'zh'
        ? `变化不超过 ${indicator.minChange} 不提示`
        : `changes up to ${indicator.minChange} not flagged`,
    );
  return parts.join(lang === 'zh' ? '；' : '; ');
}
