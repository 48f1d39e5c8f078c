import { ind, STANDARD_GRADES } from '../engine/test-frameworks';
import type { Framework, Grade } from '../types';
import type { AnnualRules, QuarterOutcome } from './annual-types';

// The frameworks, grade lists and quarters of the score-year-*.spec.ts, describe-annual and
// score-year.properties suites.

const t = (zh: string, en = zh) => ({ zh, en });

/** One path of one boolean: the quarters' totals are given, so only the year's rules matter here. */
export function framework(annual?: AnnualRules): Framework {
  return {
    code: 'YEAR_TEST',
    version: 1,
    name: t('年度测试'),
    grades: STANDARD_GRADES,
    paths: [
      {
        code: 'P',
        name: t('P'),
        weight: 100,
        indicators: [ind('DONE', { type: 'boolean', maxPoints: 100 })],
      },
    ],
    ...(annual ? { annual } : {}),
  };
}

export const STARS: Grade[] = [
  { code: 'FIVE', name: t('五星', 'five stars'), min: 360 },
  { code: 'FOUR', name: t('四星', 'four stars'), min: 320 },
  { code: 'THREE', name: t('三星', 'three stars'), min: 280 },
  { code: 'TWO', name: t('二星', 'two stars'), min: 240 },
  { code: 'ONE', name: t('一星', 'one star'), min: 0 },
];

export const FAIL_CAP = { code: 'FAIL', name: t('不合格', 'Fail') };
export const VETO = {
  code: 'SERIOUS_VIOLATION',
  name: t('严重违纪', 'serious violation'),
  capGrade: FAIL_CAP,
};

/** Approved quarters Q1… with these totals; null leaves that quarter without an assessment. */
export function approved(...totals: (number | null)[]): QuarterOutcome[] {
  return totals.flatMap((total, i) =>
    total === null ? [] : [{ quarter: (i + 1) as 1 | 2 | 3 | 4, total, approved: true }],
  );
}

export const MEAN_EXCLUDE: AnnualRules = { combine: { method: 'mean' }, missingQuarter: 'exclude' };
export const MEAN_ZERO: AnnualRules = { combine: { method: 'mean' }, missingQuarter: 'zero' };
export const WEIGHTED = (missingQuarter: 'exclude' | 'zero'): AnnualRules => ({
  combine: { method: 'weighted', weights: [20, 20, 20, 40] },
  missingQuarter,
});
