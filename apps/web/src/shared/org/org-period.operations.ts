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

/** A unit and four levels below it: the shape of both picker trees (ORG_PICKER_TREE, OVERVIEW_UNIT_TREE). */
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

export const ORG_PICKER_TREE = graphql(`
  query OrgPickerTree {
    orgTree {
      ...PickerUnitFields
      children {
        ...PickerSubtree
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
