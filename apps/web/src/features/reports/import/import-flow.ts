import type { ImportOutcome } from './import-result';

/**
 * The import dialog's steps: choose a file → dry run → (problems | ready) → apply → done. A file is
 * applied only after a dry run of that same file passed, so nothing unchecked is ever written.
 */
export type ImportFlow =
  | { step: 'choose'; file: File | null; error: string | null }
  | { step: 'checking'; file: File }
  | { step: 'problems'; file: File; outcome: ImportOutcome }
  | { step: 'ready'; file: File; outcome: ImportOutcome }
  | { step: 'applying'; file: File; outcome: ImportOutcome }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed'; file: File; message: string; during: 'check' | 'apply' };

export type ImportEvent =
  | { type: 'choose'; file: File | null; error?: string }
  | { type: 'check' }
  | { type: 'checked'; outcome: ImportOutcome }
  | { type: 'apply' }
  | { type: 'applied'; outcome: ImportOutcome }
  | { type: 'failed'; message: string }
  | { type: 'reset' };

export const INITIAL_IMPORT_FLOW: ImportFlow = { step: 'choose', file: null, error: null };

/** The API refuses more than 20 MB (a 5,000-branch file is about 1 MB): say so before uploading. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Why a chosen file cannot be sent, before any upload: 'type' or 'size'; null when fine. */
export function fileProblem(file: { name: string; size: number }): 'type' | 'size' | null {
  if (!/\.xlsx$/i.test(file.name)) return 'type';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}

export function importFlow(state: ImportFlow, event: ImportEvent): ImportFlow {
  switch (event.type) {
    case 'reset':
      return INITIAL_IMPORT_FLOW;
    case 'choose':
      // A new file throws away any earlier check: its result belonged to the other file.
      return { step: 'choose', file: event.error ? null : event.file, error: event.error ?? null };
    case 'check':
      if (state.step === 'choose' && state.file) return { step: 'checking', file: state.file };
      // After any failure the same file is checked again (after a failed apply, data may have moved on).
      if (state.step === 'failed') return { step: 'checking', file: state.file };
      return state;
    case 'checked':
      if (state.step !== 'checking') return state;
      return {
        step: event.outcome.problems.length ? 'problems' : 'ready',
        file: state.file,
        outcome: event.outcome,
      };
    case 'apply':
      return state.step === 'ready' ? { step: 'applying', file: state.file, outcome: state.outcome } : state;
    case 'applied':
      return state.step === 'applying' ? { step: 'done', outcome: event.outcome } : state;
    case 'failed':
      if (state.step === 'checking')
        return { step: 'failed', file: state.file, message: event.message, during: 'check' };
      if (state.step === 'applying')
        return { step: 'failed', file: state.file, message: event.message, during: 'apply' };
      return state;
    default:
      return state;
  }
}

/** Whether the dry run found nothing to change (every row unchanged): importing would do nothing. */
export function nothingToImport(outcome: ImportOutcome): boolean {
  return outcome.counts !== null && outcome.counts.imported === 0 && outcome.counts.updated === 0;
}
