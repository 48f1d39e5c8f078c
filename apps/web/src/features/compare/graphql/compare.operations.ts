import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

/** A unit of the branch picker's tree: the shared picker fields and the pinyin its search matches. */
export const COMPARE_UNIT_FIELDS = graphql(`
  fragment CompareUnitFields on OrgUnit {
    ...PickerUnitFields
    namePinyin
  }
`);

/**
 * The branches in scope for the picker: ORG_PICKER_TREE's shape (the root and five levels below it)
 * with each unit's pinyin, which only this picker reads (the other screens on that query are spared it).
 */
export const COMPARE_BRANCH_TREE = graphql(`
  query CompareBranchTree {
    orgTree {
      ...CompareUnitFields
      children {
        ...CompareUnitFields
        children {
          ...CompareUnitFields
          children {
            ...CompareUnitFields
            children {
              ...CompareUnitFields
              children {
                ...CompareUnitFields
              }
            }
          }
        }
      }
    }
  }
`);

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
