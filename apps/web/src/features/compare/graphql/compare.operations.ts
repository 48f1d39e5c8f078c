import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

export const COMPARE_BRANCHES = graphql(`
  query CompareBranches($branchIds: [ID!]!, $period: String!) {
    compare(branchIds: $branchIds, period: $period) {
      branchId
      code
      name
      sector
      status
      total
      gradeCode
      paths {
        code
        name {
          zh
          en
        }
        weight
        maxPoints
        points
        percent
        indicators {
          code
          name {
            zh
            en
          }
          rule
          applicable
          missing
          maxPoints
          points
        }
      }
    }
  }
`);

/** The grade names of the quarter's framework (compare answers with grade codes only). */
export const COMPARE_GRADES = graphql(`
  query CompareGrades($frameworkId: ID!) {
    framework(id: $frameworkId) {
      id
      grades {
        code
        min
        name {
          zh
          en
        }
      }
    }
  }
`);
