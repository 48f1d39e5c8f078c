/** Self score and official score of one assessment, and the gap between them (self-assessment inflation). */
import type { DualScoreResult, Framework, IndicatorValuePair, ScoreOptions, ValueMap } from '../types';
import { fromNumber, minus } from './fraction';
import { scoreAssessment } from './score';

/** The branch's own values. */
export function selfValues(pairs: Record<string, IndicatorValuePair>): ValueMap {
  const values: ValueMap = {};
  for (const code in pairs) values[code] = pairs[code].self ?? null;
  return values;
}

/** Reviewed value where the reviewer gave one (not null/undefined), else the branch's own value. */
export function officialValues(pairs: Record<string, IndicatorValuePair>): ValueMap {
  const values: ValueMap = {};
  for (const code in pairs) {
    const { self, reviewed } = pairs[code];
    values[code] = reviewed ?? self ?? null;
  }
  return values;
}

/**
 * Both scores; throws ValueValidationError if either set of values is invalid. The gaps are
 * differences of the shown figures, so they match what a reader subtracts on screen.
 */
export function scoreDual(
  framework: Framework,
  pairs: Record<string, IndicatorValuePair>,
  options: ScoreOptions = {},
): DualScoreResult {
  const self = scoreAssessment(framework, selfValues(pairs), options);
  const official = scoreAssessment(framework, officialValues(pairs), options);
  const pathGaps: Record<string, number> = {};
  self.paths.forEach((path, i) => {
    pathGaps[path.code] = difference(path.points, official.paths[i].points);
  });
  return { self, official, gap: difference(self.total, official.total), pathGaps };
}

function difference(a: number, b: number): number {
  return minus(fromNumber(a), fromNumber(b)).shown;
}
