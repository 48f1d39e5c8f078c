import { graphql } from '../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/). The unit tree and
// period list every committee screen needs (overview, compare, admin); overview queries stay there.

/** The units a committee can look at, for the tree picker, the breadcrumb and the branch pickers. */
export const PICKER_UNIT_FIELDS = graphql(`
  fragment PickerUnitFields on OrgUnit {
    id
    code
    name
    kind
    sector
    active
  }
`);

/** A unit and four levels below it: the shape of the overview's unit tree (OVERVIEW_UNIT_TREE). */
export const PICKER_SUBTREE = graphql(`
  fragment PickerSubtree on OrgUnit {
    ...PickerUnitFields
    children {
      ...PickerUnitFields
      children {
        ...PickerUnitFields
        children {
          ...PickerUnitFields
          children {
            ...PickerUnitFields
          }
        }
      }
    }
  }
`);

/** A unit of a branch picker: the picker fields and the pinyin its search matches (unit-search.ts). */
export const BRANCH_PICKER_UNIT_FIELDS = graphql(`
  fragment BranchPickerUnitFields on OrgUnit {
    ...PickerUnitFields
    namePinyin
  }
`);

/**
 * The branches in scope for a branch picker (compare, a deadline extension): the root and five levels
 * below it, each unit with its pinyin. The overview's unit tree (committee units only) goes without it.
 */
export const BRANCH_PICKER_TREE = graphql(`
  query BranchPickerTree {
    orgTree {
      ...BranchPickerUnitFields
      children {
        ...BranchPickerUnitFields
        children {
          ...BranchPickerUnitFields
          children {
            ...BranchPickerUnitFields
            children {
              ...BranchPickerUnitFields
              children {
                ...BranchPickerUnitFields
              }
            }
          }
        }
      }
    }
  }
`);

export const PERIOD_LIST = graphql(`
  query PeriodList {
    periods {
      id
      code
      status
      deadline
      frameworkId
      closedAt
    }
  }
`);
