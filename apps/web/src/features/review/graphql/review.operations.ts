import { graphql } from '../../../generated';

// The review screen reads one assessment with ASSESSMENT (self-assessment/graphql) and decides
// with REVIEW_ASSESSMENT; the queue lists a period's assessments in the reviewer's scope.

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($period: String!, $status: AssessmentStatus) {
    assessments(period: $period, status: $status) {
      id
      branchId
      periodCode
      status
      version
      submittedAt
      onTime
      branch {
        id
        code
        name
        sector
      }
      selfScore {
        ...ScoreSummaryFields
      }
    }
  }
`);

export const REVIEW_ASSESSMENT = graphql(`
  mutation ReviewAssessment(
    $assessmentId: ID!
    $expectedVersion: Int!
    $decision: ReviewDecision!
    $reviewedValues: [ReviewedValueInput!]
    $comment: String
    $rectifications: [RectificationDraftInput!]
    $evidenceRequested: [String!]
  ) {
    reviewAssessment(
      assessmentId: $assessmentId
      expectedVersion: $expectedVersion
      decision: $decision
      reviewedValues: $reviewedValues
      comment: $comment
      rectifications: $rectifications
      evidenceRequested: $evidenceRequested
    ) {
      ...AssessmentFields
    }
  }
`);

/** ADMIN: an approved assessment goes back to the branch (RETURNED); the reason is audited and shown. */
export const REOPEN_ASSESSMENT = graphql(`
  mutation ReopenAssessment($assessmentId: ID!, $expectedVersion: Int!, $reason: String!) {
    reopenAssessment(assessmentId: $assessmentId, expectedVersion: $expectedVersion, reason: $reason) {
      ...AssessmentFields
    }
  }
`);
