import { useCallback, useMemo, useState } from 'react';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import type { EntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';
import { useLeaveGuard } from '../../../shared/assessment-form/hooks/useLeaveGuard';
import { useLocalDraft } from '../../../shared/assessment-form/hooks/useLocalDraft';
import { useSession } from '../../auth';
import { type Reasons, storedReasons } from '../logic/review-diff';

/** What a reviewer types besides the reviewed values: kept on the device with them. */
export interface ReviewNotes {
  reasons: Reasons;
  comment: string;
  evidenceRequested: string[];
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** Notes read back from storage, or null when they are not the review's (storage may hold anything). */
export function parseReviewNotes(raw: unknown): ReviewNotes | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { reasons, comment, evidenceRequested } = raw as Record<string, unknown>;
  if (!isStringRecord(reasons) || typeof comment !== 'string') return null;
  if (!Array.isArray(evidenceRequested) || !evidenceRequested.every((c) => typeof c === 'string'))
    return null;
  return { reasons, comment, evidenceRequested };
}

/** Indicators whose reason differs from the stored one (trimmed: a stray space is not work). */
export function changedReasons(reasons: Reasons, stored: Reasons): string[] {
  const codes = new Set([...Object.keys(reasons), ...Object.keys(stored)]);
  return [...codes].filter((code) => (reasons[code] ?? '').trim() !== (stored[code] ?? '').trim());
}

/**
 * How many things leaving would lose: each indicator with a changed value or reason once, the
 * return comment (with its evidence requests) once, and each confirmed rectification item.
 */
export function unsavedReviewCount(
  changedCodes: readonly string[],
  notes: ReviewNotes,
  stored: Reasons,
  rectifications = 0,
): number {
  const indicators = new Set([...changedCodes, ...changedReasons(notes.reasons, stored)]);
  const comment = notes.comment.trim() || notes.evidenceRequested.length ? 1 : 0;
  return indicators.size + comment + rectifications;
}

interface Options {
  assessment: AssessmentData;
  editor: EntriesEditor;
  readOnly: boolean;
  /** Confirmed 整改事项 waiting for the decision (not kept on the device, but asked about). */
  rectificationCount: number;
}

/**
 * The reviewer's unsent work: reasons, return comment and evidence requests next to the editor's
 * values; kept in localStorage per user, assessment and version (restored after a reload or a
 * closed tab) and guarded against leaving the page. `done()` after a decision went through.
 */
export function useReviewWork({ assessment, editor, readOnly, rectificationCount }: Options) {
  const { session } = useSession();
  const stored = useMemo(() => storedReasons(assessment.values), [assessment.values]);
  const [reasons, setReasons] = useState<Reasons>(stored);
  const [comment, setComment] = useState('');
  const [evidenceRequested, setEvidenceRequested] = useState<string[]>([]);
  const notes = useMemo(
    () => ({ reasons, comment, evidenceRequested }),
    [reasons, comment, evidenceRequested],
  );
  const changedCodes = Object.keys(editor.changed);
  const unsaved = readOnly ? 0 : unsavedReviewCount(changedCodes, notes, stored, rectificationCount);

  const restore = useCallback((raw: unknown) => {
    const kept = parseReviewNotes(raw);
    if (!kept) return;
    setReasons((current) => ({ ...current, ...kept.reasons }));
    setComment(kept.comment);
    setEvidenceRequested(kept.evidenceRequested);
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
    body: rectificationCount ? 'review.leave.bodyWithRectifications' : 'review.leave.body',
  });

  /** Back to what the server has (values, reasons), nothing typed: "discard" or decided elsewhere. */
  const resetNotes = useCallback((values: AssessmentData['values']) => {
    setReasons(storedReasons(values));
    setComment('');
    setEvidenceRequested([]);
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
    /** The decision went through: keep nothing, and let the screen go back to the list unasked. */
    done: useCallback(() => {
      clear();
      release();
    }, [clear, release]),
  };
}
