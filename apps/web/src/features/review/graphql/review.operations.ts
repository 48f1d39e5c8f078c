import { graphql } from '../../../generated';

// The review screen reads one assessment with ASSESSMENT (self-assessment/graphql) and decides
// with REVIEW_ASSESSMENT; the queue pages a period's assessments in the reviewer's scope, with
// their review risk, ordered on the server.

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue(
    $period: String!
    $status: AssessmentStatus
    $sortBy: ReviewQueueSort!
    $descending: Boolean!
    $offset: Int!
    $limit: Int!
    $search: String
  ) {
    reviewQueue(
      period: $period
      status: $status
      sortBy: $sortBy
      descending: $descending
      offset: $offset
      limit: $limit
      search: $search
    ) {
      totalCount
      offset
      rows {
        assessmentId
        branchId
        branchCode
        branchName
        periodCode
        sector
        status
        submittedAt
        onTime
        selfTotal
        selfGrade {
          code
          name {
            zh
            en
          }
        }
        completeness
        openFlags
        inflation
        inflationQuarters
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
