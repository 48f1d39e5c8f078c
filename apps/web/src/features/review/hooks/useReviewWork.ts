import { useCallback, useMemo, useRef, useState } from 'react';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import type { EntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';
import { useLeaveGuard } from '../../../shared/assessment-form/hooks/useLeaveGuard';
import { useLocalDraft } from '../../../shared/assessment-form/hooks/useLocalDraft';
import { useSession } from '../../auth';
import type { PendingRectification } from '../../rectification';
import { type Reasons, storedReasons } from '../logic/review-diff';
import {
  parseReviewNotes,
  type ReviewNotes,
  unsavedReviewCount,
  withRestoredRectifications,
} from '../logic/review-notes';

export type { ReviewNotes } from '../logic/review-notes';

interface Options {
  assessment: AssessmentData;
  editor: EntriesEditor;
  readOnly: boolean;
  /** Confirmed 整改事项 waiting for the decision: kept in the draft with the rest. */
  rectifications: readonly PendingRectification[];
  /**
   * Sets the items, which the screen holds (the panel beside the workspace edits them): a draft
   * brings them back, a discard or a decision empties them. Unset: nothing is collected.
   */
  onRectificationsChange?: (items: PendingRectification[]) => void;
}

/**
 * The reviewer's unsent work: reasons, return comment, evidence requests and confirmed 整改事项
 * next to the editor's values; kept in localStorage per user, assessment and version (restored
 * after a reload or a closed tab) and guarded against leaving the page. `done()` after a decision
 * went through.
 */
export function useReviewWork({
  assessment,
  editor,
  readOnly,
  rectifications,
  onRectificationsChange,
}: Options) {
  const { session } = useSession();
  const stored = useMemo(() => storedReasons(assessment.values), [assessment.values]);
  const [reasons, setReasons] = useState<Reasons>(stored);
  const [comment, setComment] = useState('');
  const [evidenceRequested, setEvidenceRequested] = useState<string[]>([]);
  const notes: ReviewNotes = useMemo(
    () => ({ reasons, comment, evidenceRequested, rectifications }),
    [reasons, comment, evidenceRequested, rectifications],
  );
  const changedCodes = Object.keys(editor.changed);
  const unsaved = readOnly ? 0 : unsavedReviewCount(changedCodes, notes, stored);
  // Read through refs: the callbacks below stay stable while the items change on every confirm.
  const items = useRef(rectifications);
  items.current = rectifications;
  const setItems = useRef(onRectificationsChange);
  setItems.current = onRectificationsChange;

  const restore = useCallback((raw: unknown) => {
    const kept = parseReviewNotes(raw);
    if (!kept) return;
    setReasons((current) => ({ ...current, ...kept.reasons }));
    setComment(kept.comment);
    setEvidenceRequested(kept.evidenceRequested);
    if (kept.rectifications.length)
      setItems.current?.(withRestoredRectifications(kept.rectifications, items.current));
  }, []);
  const draft = useLocalDraft({
    userId: session?.user.id,
    assessmentId: assessment.id,
    editor,
    editable: !readOnly,
    scope: 'review',
    notes: {
      current: notes,
      changed: unsavedReviewCount([], notes, stored) > 0,
      restore,
    },
    sameVersionOnly: true,
  });
  const guard = useLeaveGuard(unsaved, {
    title: 'review.leave.title',
    body: rectifications.length ? 'review.leave.bodyWithRectifications' : 'review.leave.body',
  });

  /**
   * Back to what the server has (values, reasons), nothing typed or confirmed: "discard", or
   * decided elsewhere (the items would have gone out with a decision that can no longer be sent).
   */
  const resetNotes = useCallback((values: AssessmentData['values']) => {
    setReasons(storedReasons(values));
    setComment('');
    setEvidenceRequested([]);
    if (items.current.length) setItems.current?.([]);
  }, []);
  const { discardEdits } = editor;
  const { clear } = draft;
  const { release } = guard;

  return {
    // Read-only shows what is saved, never typing left from before someone else's decision.
    reasons: readOnly ? stored : reasons,
    onReasonChange: useCallback(
      (code: string, reason: string) => setReasons((current) => ({ ...current, [code]: reason })),
      [],
    ),
    comment,
    setComment,
    evidenceRequested,
    setEvidenceRequested,
    unsaved,
    restoredFrom: readOnly ? null : draft.restoredFrom,
    discard: useCallback(() => {
      discardEdits();
      resetNotes(assessment.values);
    }, [discardEdits, resetNotes, assessment.values]),
    resetNotes,
    /**
     * The decision went through: keep nothing (the items were created with it, so they must not
     * stay confirmed for a second sending), and let the screen go back to the list unasked.
     */
    done: useCallback(() => {
      clear();
      release();
      if (items.current.length) setItems.current?.([]);
    }, [clear, release]),
  };
}
