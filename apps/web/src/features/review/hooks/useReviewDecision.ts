import { useApolloClient, useMutation } from '@apollo/client';
import { useCallback } from 'react';
import type { ReviewDecision } from '../../../generated/graphql';
import type { UserFacingError } from '../../../shared/errors';
import type { FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import { ASSESSMENT } from '../../../shared/assessment-form/graphql/assessment.operations';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import type { EntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';
import type { PendingRectification } from '../../rectification';
import { REVIEW_ASSESSMENT } from '../graphql/review.operations';
import { type Reasons, reviewedValuesPayload, reviewEntries } from '../logic/review-diff';

/** Someone else approved or returned the assessment while this reviewer had it open. */
export interface DecidedElsewhere {
  /** The assessment as saved now: its status, values and history. */
  assessment: AssessmentData;
  /** Who made the change and when, from the history (null when the history does not say). */
  actorName: string | null;
  at: string | null;
  comment: string | null;
}

export type DecisionOutcome =
  { ok: true } | { ok: false; error: UserFacingError; decidedElsewhere?: DecidedElsewhere };

/** The latest change into the assessment's current status, if the history has it. */
export function decidedElsewhere(latest: AssessmentData): DecidedElsewhere {
  const change = [...latest.history].reverse().find((h) => h.toStatus === latest.status);
  return {
    assessment: latest,
    actorName: change?.actorName ?? null,
    at: change?.at ?? null,
    comment: change?.fromStatus ? (change.comment ?? null) : null,
  };
}

interface Options {
  assessment: AssessmentData;
  specs: FieldSpec[];
  editor: EntriesEditor;
  /** The reviewer's reasons by indicator (调整理由), sent with their adjustments. */
  reasons: Reasons;
  describe: (error: unknown) => UserFacingError;
  /** 整改事项 to open with the decision (same transaction). */
  rectifications?: readonly PendingRectification[];
}

/**
 * Approve or return, sending the reviewer's adjustments with the decision. On CONFLICT (the
 * assessment changed since it was opened) the current assessment is fetched. If its status moved
 * (another reviewer approved or returned it), nothing typed here can be sent any more: the form
 * is reset to what was saved and the outcome says who decided. Otherwise the current values are
 * merged into the reviewer's form like on the self-assessment: adjustments kept, differences shown.
 */
export function useReviewDecision({ assessment, specs, editor, reasons, describe, rectifications }: Options) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(REVIEW_ASSESSMENT, {
    refetchQueries: rectifications?.length ? ['Rectifications', 'RectificationProposals'] : [],
  });

  const decide = useCallback(
    async (
      decision: ReviewDecision,
      comment?: string,
      evidenceRequested?: string[],
    ): Promise<DecisionOutcome> => {
      const reviewedValues = reviewedValuesPayload(specs, assessment.values, editor.state.entries, reasons);
      try {
        await mutate({
          variables: {
            assessmentId: assessment.id,
            expectedVersion: editor.state.version,
            decision,
            reviewedValues,
            comment: comment?.trim() || null,
            // Only when there are some: the request stays the same as before for a plain decision.
            ...(rectifications?.length ? { rectifications: [...rectifications] } : {}),
            ...(evidenceRequested?.length ? { evidenceRequested } : {}),
          },
        });
        return { ok: true };
      } catch (error) {
        const described = describe(error);
        if (described.kind === 'CONFLICT') {
          try {
            const { data } = await client.query({
              query: ASSESSMENT,
              variables: { branchId: assessment.branchId, period: assessment.periodCode },
              fetchPolicy: 'network-only',
            });
            const latest = data.assessment;
            if (latest.status !== assessment.status || latest.periodStatus !== assessment.periodStatus) {
              editor.reset(reviewEntries(specs, latest.values), latest.version);
              return { ok: false, error: described, decidedElsewhere: decidedElsewhere(latest) };
            }
            editor.conflict(reviewEntries(specs, latest.values), latest.version);
          } catch (reloadError) {
            return { ok: false, error: describe(reloadError) };
          }
        }
        return { ok: false, error: described };
      }
    },
    [assessment, client, describe, editor, mutate, specs, reasons, rectifications],
  );

  return { decide, deciding: loading };
}
