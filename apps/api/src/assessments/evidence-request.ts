import { isApplicable, type Framework, type Sector } from '@pathboard/scoring';
import { badUserInput } from '../common/errors';

/** At most this many indicators named in one return (a framework has a few dozen). */
const MAX_REQUESTED = 200;

/**
 * The indicators a reviewer asks evidence for when returning an assessment: unique codes of
 * indicators that apply to the branch, in framework order. Only a return may ask; an unknown or
 * inapplicable code is refused by name, so the branch is never asked about something it cannot answer.
 */
export function evidenceRequestOf(
  framework: Framework,
  sector: Sector | undefined,
  requested: readonly string[],
): string[] {
  if (!requested.length) return [];
  if (requested.length > MAX_REQUESTED)
    throw badUserInput(`evidenceRequested names at most ${MAX_REQUESTED} indicators`, {
      field: 'evidenceRequested',
    });
  const applicable = framework.paths
    .flatMap((p) => p.indicators)
    .filter((i) => isApplicable(i, sector))
    .map((i) => i.code);
  const wanted = new Set(requested);
  const unknown = [...wanted].filter((code) => !applicable.includes(code));
  if (unknown.length)
    throw badUserInput(
      `evidenceRequested: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not indicators' : 'is not an indicator'} of this branch's framework`,
      { field: 'evidenceRequested', indicators: unknown },
    );
  return applicable.filter((code) => wanted.has(code));
}
