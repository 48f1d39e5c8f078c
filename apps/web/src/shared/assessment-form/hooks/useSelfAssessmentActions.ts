import { useApolloClient, useMutation } from '@apollo/client';
import { useCallback } from 'react';
import type { UserFacingError } from '../../errors';
import { type Entries, entriesFromStored, savePayload } from '../form/edit-session';
import type { FieldSpec } from '../form/field-spec';
import { ASSESSMENT, SAVE_INDICATOR_VALUES, SUBMIT_ASSESSMENT } from '../graphql/assessment.operations';
import type { AssessmentData } from './useAssessment';
import type { EntriesEditor } from './useEntriesEditor';

export type ActionOutcome = { ok: true; version: number } | { ok: false; error: UserFacingError };

/** The branch's own values of an assessment as form entries. */
export function selfEntries(specs: FieldSpec[], assessment: Pick<AssessmentData, 'values'>): Entries {
  return entriesFromStored(
    specs,
    assessment.values.map((v) => ({
      indicatorCode: v.indicatorCode,
      value: v.selfValue,
      evidence: v.evidence,
    })),
  );
}

interface Options {
  assessment: Pick<AssessmentData, 'id' | 'branchId' | 'periodCode'>;
  specs: FieldSpec[];
  editor: EntriesEditor;
  describe: (error: unknown) => UserFacingError;
}

/**
 * Save and submit with the optimistic lock. On CONFLICT the current server values are fetched and
 * merged into the form (nothing typed is lost); the person checks the differences and saves again,
 * now on the server's version.
 */
export function useSelfAssessmentActions({ assessment, specs, editor, describe }: Options) {
  const client = useApolloClient();
  const [saveMutation, saveState] = useMutation(SAVE_INDICATOR_VALUES);
  const [submitMutation, submitState] = useMutation(SUBMIT_ASSESSMENT);
  const { base, entries, version } = editor.state;

  const fail = useCallback(
    async (error: unknown): Promise<ActionOutcome> => {
      const described = describe(error);
      if (described.kind !== 'CONFLICT') return { ok: false, error: described };
      try {
        const { data } = await client.query({
          query: ASSESSMENT,
          variables: { branchId: assessment.branchId, period: assessment.periodCode },
          fetchPolicy: 'network-only',
        });
        editor.conflict(selfEntries(specs, data.assessment), data.assessment.version);
      } catch (reloadError) {
        return { ok: false, error: describe(reloadError) };
      }
      return { ok: false, error: described };
    },
    [assessment.branchId, assessment.periodCode, client, describe, editor, specs],
  );

  const save = useCallback(async (): Promise<ActionOutcome> => {
    const values = savePayload(specs, base, entries);
    if (values.length === 0) return { ok: true, version };
    try {
      const result = await saveMutation({
        variables: { assessmentId: assessment.id, expectedVersion: version, values },
      });
      const saved = result.data!.saveIndicatorValues;
      editor.saved(selfEntries(specs, saved), saved.version);
      return { ok: true, version: saved.version };
    } catch (error) {
      return fail(error);
    }
  }, [assessment.id, base, editor, entries, fail, saveMutation, specs, version]);

  /** Saves pending changes first, then submits on the version that save produced. */
  const submit = useCallback(async (): Promise<ActionOutcome> => {
    const saved = await save();
    if (!saved.ok) return saved;
    try {
      const result = await submitMutation({
        variables: { assessmentId: assessment.id, expectedVersion: saved.version },
      });
      return { ok: true, version: result.data!.submitAssessment.version };
    } catch (error) {
      return fail(error);
    }
  }, [assessment.id, fail, save, submitMutation]);

  return { save, submit, saving: saveState.loading, submitting: submitState.loading };
}
