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
      problem
      requiredAction
      deadline
      status
      overdue
      measures
      evidence
      version
      history {
        action
        toStatus
        comment
        at
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
