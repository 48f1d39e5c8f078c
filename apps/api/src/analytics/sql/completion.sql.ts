import { isReported } from '../../assessments/sql/reported';
import { COMPLETION_COLUMNS, leavesUnder, onTimeOf, rateColumns, SUBMISSION_COLUMNS } from './branch-set.sql';

/**
 * A unit's completion and submission counts for one period. Params: $1 district, $2 unit path,
 * $3 unit path || '%', $4 period id. Same definitions as the scoreboard's figures.
 */
export const COMPLETION_SQL = `
WITH leaf AS (${leavesUnder({ district: '$1', unitPath: '$2', pattern: '$3', period: '$4' })}),
joined AS (
  SELECT l.active, a.id AS assessment_id, a.status, ${onTimeOf('a')} AS on_time, s.total
    FROM leaf l
    LEFT JOIN assessment a ON a.district_id = $1 AND a.branch_id = l.id AND a.period_id = $4
    LEFT JOIN assessment_score s ON s.district_id = $1 AND s.assessment_id = a.id AND s.kind = 'OFFICIAL' AND ${isReported('a')}),
counts AS (
  SELECT ${COMPLETION_COLUMNS},
         ${SUBMISSION_COLUMNS}
    FROM joined)
SELECT c.*, ${rateColumns('c')}
  FROM counts c`;

export interface SubmissionRow {
  not_opened: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  reported: number;
  on_time: number;
  late: number;
  not_submitted: number;
  on_time_rate: number;
}

export interface CompletionRow extends SubmissionRow {
  assessed: number;
  expected: number;
  completion: number;
}
