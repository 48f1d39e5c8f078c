import type { IndicatorScore, ScoreResult } from '../types';
import { proposeRectifications } from './proposals';

const name = { zh: '指标', en: 'Indicator' };
const indicator = (code: string, over: Partial<IndicatorScore>): IndicatorScore => ({
  code,
  name,
  rule: 'ratio',
  applicable: true,
  missing: false,
  input: null,
  rawPoints: 0,
  points: 0,
  maxPoints: 10,
  reason: name,
  ...over,
});

function result(indicators: IndicatorScore[]): ScoreResult {
  return { paths: [{ code: 'ORGANIZATION', indicators }] } as unknown as ScoreResult;
}

describe('proposeRectifications', () => {
  const scored = result([
    indicator('EXACTLY_60', { points: 6 }),
    indicator('JUST_UNDER', { points: 5.99 }),
    indicator('MISSING', { points: 0, missing: true }),
    indicator('NOT_APPLICABLE', { points: 0, applicable: false }),
    indicator('BONUS', { rule: 'bonus', points: 0, maxPoints: 0 }),
    indicator('VETO_OK', { rule: 'veto', maxPoints: 0, vetoTriggered: false }),
    indicator('VETO_HIT', { rule: 'veto', maxPoints: 0, vetoTriggered: true }),
  ]);

  it('proposes triggered vetoes and indicators under 60% of their points by default', () => {
    expect(proposeRectifications({}, scored).map((p) => [p.indicatorCode, p.reason])).toEqual([
      ['JUST_UNDER', 'LOW_SCORE'],
      ['MISSING', 'LOW_SCORE'],
      ['VETO_HIT', 'VETO'],
    ]);
  });

  it('uses the share the framework sets', () => {
    expect(proposeRectifications({ rectificationShare: 0.5 }, scored).map((p) => p.indicatorCode)).toEqual([
      'MISSING',
      'VETO_HIT',
    ]);
  });

  it('words the problem with the points and the share, in both languages', () => {
    const [low] = proposeRectifications({}, scored);
    expect(low.problem.zh).toBe('指标得分 5.99（满分 10），低于 60%');
    expect(low.problem.en).toBe('Indicator scored 5.99 of 10, under 60%');
  });
});
