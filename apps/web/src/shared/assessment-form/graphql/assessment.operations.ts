import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen`. Shared by the self-assessment, review
// and branch screens: one selection of an assessment, so Apollo's cache entries always agree.

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id
    branchId
    periodCode
    periodStatus
    status
    version
    frameworkId
    deadline
    submittedAt
    onTime
    updatedAt
    gap
    branch {
      id
      code
      name
      sector
      memberCount
    }
    values {
      indicatorCode
      selfValue
      reviewedValue
      reviewReason
      evidence
    }
    history {
      fromStatus
      toStatus
      at
      actorName
      comment
      evidenceRequested
    }
    selfScore {
      ...ScoreSummaryFields
    }
    officialScore {
      ...ScoreSummaryFields
    }
  }
`);

export const SCORE_SUMMARY_FIELDS = graphql(`
  fragment ScoreSummaryFields on AssessmentScore {
    total
    gradeCode
    veto
    completeness
    answered
    applicable
    grade {
      code
      name {
        zh
        en
      }
    }
  }
`);

export const PERIODS = graphql(`
  query Periods {
    periods {
      id
      code
      status
      deadline
      frameworkId
    }
  }
`);

export const ASSESSMENT = graphql(`
  query Assessment($branchId: ID!, $period: String!) {
    assessment(branchId: $branchId, period: $period) {
      ...AssessmentFields
    }
  }
`);

/** The framework version an assessment uses, whole: the form and the live preview are built from it. */
export const FRAMEWORK_DEFINITION = graphql(`
  query FrameworkDefinition($id: ID!) {
    framework(id: $id) {
      id
      code
      version
      definition
    }
  }
`);

export const SAVE_INDICATOR_VALUES = graphql(`
  mutation SaveIndicatorValues($assessmentId: ID!, $expectedVersion: Int!, $values: [IndicatorValueInput!]!) {
    saveIndicatorValues(assessmentId: $assessmentId, expectedVersion: $expectedVersion, values: $values) {
      ...AssessmentFields
    }
  }
`);

export const SUBMIT_ASSESSMENT = graphql(`
  mutation SubmitAssessment($assessmentId: ID!, $expectedVersion: Int!) {
    submitAssessment(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {
      ...AssessmentFields
    }
  }
`);
