import type { Framework, LocalizedText, ScoreResult } from '../types';

/** The share of its points under which an indicator is proposed for rectification, unless the framework sets one. */
export const DEFAULT_RECTIFICATION_SHARE = 0.6;

export interface RectificationProposal {
  indicatorCode: string;
  pathCode: string;
  reason: 'VETO' | 'LOW_SCORE';
  points: number;
  maxPoints: number;
  /** A suggested problem text for the reviewer to confirm or edit. */
  problem: LocalizedText;
}

/**
 * 整改建议: every triggered veto, and every applicable base indicator scoring under the framework's
 * share of its points (missing values score 0 and are proposed too). The reviewer confirms each one.
 */
export function proposeRectifications(
  framework: Pick<Framework, 'rectificationShare'>,
  result: ScoreResult,
): RectificationProposal[] {
  const share = framework.rectificationShare ?? DEFAULT_RECTIFICATION_SHARE;
  const proposals: RectificationProposal[] = [];
  for (const path of result.paths) {
    for (const indicator of path.indicators) {
      if (indicator.rule === 'veto') {
        if (indicator.vetoTriggered) {
          proposals.push({
            indicatorCode: indicator.code,
            pathCode: path.code,
            reason: 'VETO',
            points: indicator.points,
            maxPoints: indicator.maxPoints,
            problem: { zh: `触发一票否决：${indicator.name.zh}`, en: `Veto triggered: ${indicator.name.en}` },
          });
        }
        continue;
      }
      if (!indicator.applicable || indicator.maxPoints <= 0) continue;
      if (indicator.points < share * indicator.maxPoints) {
        const percent = Math.round(share * 100);
        proposals.push({
          indicatorCode: indicator.code,
          pathCode: path.code,
          reason: 'LOW_SCORE',
          points: indicator.points,
          maxPoints: indicator.maxPoints,
          problem: {
            zh: `${indicator.name.zh}得分 ${indicator.points}（满分 ${indicator.maxPoints}），低于 ${percent}%`,
            en: `${indicator.name.en} scored ${indicator.points} of ${indicator.maxPoints}, under ${percent}%`,
          },
        });
      }
    }
  }
  return proposals;
}
