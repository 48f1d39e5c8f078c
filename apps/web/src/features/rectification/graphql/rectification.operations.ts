import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

export const RECTIFICATIONS = graphql(`
  query Rectifications($filter: RectificationFilterInput) {
    rectifications(filter: $filter) {
      id
      assessmentId
      branchId
      branchName
      periodCode
      indicatorCode
      pathCode
      pathName {
        zh
        en
      }
      indicatorName {
        zh
        en
      }
      problem
      requiredAction
      deadline
      status
      overdue
      measures
      evidence
      version
      pendingFiles {
        ...EvidenceFileFields
      }
      history {
        action
        toStatus
        comment
        at
        files {
          ...EvidenceFileFields
        }
      }
      lastRejection {
        reason
        at
        by
      }
    }
  }
`);

export const ANSWER_RECTIFICATION = graphql(`
  mutation AnswerRectification($input: AnswerRectificationInput!) {
    answerRectification(input: $input) {
      id
      status
      version
      measures
      evidence
    }
  }
`);

export const VERIFY_RECTIFICATION = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      id
      status
      version
    }
  }
`);

export const RECTIFICATION_PROPOSALS = graphql(`
  query RectificationProposals($assessmentId: ID!) {
    rectificationProposals(assessmentId: $assessmentId) {
      indicatorCode
      pathCode
      reason
      points
      maxPoints
      problem {
        zh
        en
      }
    }
  }
`);

export const CREATE_RECTIFICATION = graphql(`
  mutation CreateRectification($input: CreateRectificationInput!) {
    createRectification(input: $input) {
      id
      status
      version
    }
  }
`);

/** Overview card: 整改 counts under a unit (all quarters). */
export const RECTIFICATION_COUNTS = graphql(`
  query RectificationCounts($unitId: ID) {
    rectificationCounts(unitId: $unitId) {
      unitId
      open
      answered
      closed
      overdue
    }
  }
`);

/** The branch's own unclosed items, shown beside their indicators on the quarterly form. */
export const OPEN_RECTIFICATIONS = graphql(`
  query OpenRectifications($filter: RectificationFilterInput) {
    rectifications(filter: $filter) {
      id
      periodCode
      indicatorCode
      problem
      requiredAction
      deadline
      status
      overdue
      lastRejection {
        reason
        at
        by
      }
    }
  }
`);
