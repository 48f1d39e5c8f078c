import { changesCommitteeFigures } from './assessment-mutations.service';
import type { AssessmentStatus } from './entities/assessment.entity';

describe('changesCommitteeFigures (whether a write refreshes the precomputed figures)', () => {
  it.each<[AssessmentStatus, AssessmentStatus, boolean]>([
    ['DRAFT', 'DRAFT', false], // a branch saving its draft
    ['RETURNED', 'RETURNED', false], // a branch correcting a returned assessment
    ['DRAFT', 'SUBMITTED', true],
    ['RETURNED', 'SUBMITTED', true],
    ['SUBMITTED', 'SUBMITTED', true], // a reviewer's reviewed values
    ['SUBMITTED', 'APPROVED', true],
    ['SUBMITTED', 'RETURNED', true],
    ['APPROVED', 'APPROVED', true],
    ['APPROVED', 'DRAFT', true], // reopened
  ])('%s → %s: %s', (before, after, expected) => {
    expect(changesCommitteeFigures(before, after)).toBe(expected);
  });
});
