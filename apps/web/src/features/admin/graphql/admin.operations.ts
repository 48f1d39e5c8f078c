import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

export const ADMIN_FRAMEWORKS = graphql(`
  query AdminFrameworks {
    frameworks {
      id
      code
      version
      locked
      createdAt
      name {
        zh
        en
      }
      paths {
        code
        indicators {
          code
          name {
            zh
            en
          }
        }
      }
    }
  }
`);

export const IMPORT_FRAMEWORK = graphql(`
  mutation ImportFramework($definition: JSON!) {
    importFramework(definition: $definition) {
      id
      code
      version
      name {
        zh
        en
      }
    }
  }
`);

export const ADMIN_UNIT_FIELDS = graphql(`
  fragment AdminUnitFields on OrgUnit {
    id
    code
    name
    kind
    sector
    memberCount
    active
    parentId
  }
`);

/**
 * A unit of the admin tree: the unit's fields and the pinyin the tree's search matches (the mutations
 * answer AdminUnitFields only: the tree is read again after an edit).
 */
export const ADMIN_TREE_UNIT_FIELDS = graphql(`
  fragment AdminTreeUnitFields on OrgUnit {
    ...AdminUnitFields
    namePinyin
  }
`);

/** Inactive units included: an administrator must be able to find and re-activate them. */
export const ADMIN_ORG_TREE = graphql(`
  query AdminOrgTree {
    orgTree(includeInactive: true) {
      ...AdminTreeUnitFields
      children {
        ...AdminTreeUnitFields
        children {
          ...AdminTreeUnitFields
          children {
            ...AdminTreeUnitFields
            children {
              ...AdminTreeUnitFields
              children {
                ...AdminTreeUnitFields
              }
            }
          }
        }
      }
    }
  }
`);

export const CREATE_ORG_UNIT = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...AdminUnitFields
    }
  }
`);

export const UPDATE_ORG_UNIT = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      ...AdminUnitFields
    }
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsers {
    users {
      id
      username
      displayName
      role
      active
      scopeUnitId
      scopeUnit {
        id
        name
        kind
      }
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      role
      active
      scopeUnitId
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      displayName
      role
      active
      scopeUnitId
    }
  }
`);

export const OPEN_PERIOD = graphql(`
  mutation OpenPeriod($code: String!, $frameworkId: ID!, $deadline: DateTime!) {
    openPeriod(code: $code, frameworkId: $frameworkId, deadline: $deadline) {
      id
      code
      status
      deadline
      frameworkId
      closedAt
    }
  }
`);

export const CLOSE_PERIOD = graphql(`
  mutation ClosePeriod($periodId: ID!) {
    closePeriod(periodId: $periodId) {
      id
      code
      status
      closedAt
    }
  }
`);

export const REOPEN_PERIOD = graphql(`
  mutation ReopenPeriod($periodId: ID!, $reason: String!) {
    reopenPeriod(periodId: $periodId, reason: $reason) {
      id
      code
      status
      closedAt
    }
  }
`);

export const MOVE_ORG_UNIT = graphql(`
  mutation MoveOrgUnit($id: ID!, $parentId: ID!) {
    moveOrgUnit(id: $id, parentId: $parentId) {
      ...AdminUnitFields
    }
  }
`);

export const CREATE_DISTRICT = graphql(`
  mutation CreateDistrict($input: CreateDistrictInput!) {
    createDistrict(input: $input) {
      district {
        id
        code
        name
      }
      admin {
        id
        username
      }
    }
  }
`);

/** ADMIN: move an open quarter's deadline; the reason is audited. */
export const CHANGE_PERIOD_DEADLINE = graphql(`
  mutation ChangePeriodDeadline($periodId: ID!, $deadline: DateTime!, $reason: String!) {
    changePeriodDeadline(periodId: $periodId, deadline: $deadline, reason: $reason) {
      id
      code
      status
      deadline
    }
  }
`);

/** ADMIN: a past quarter scored under a draft framework; nothing is stored (issue 17). */
export const WHAT_IF = graphql(`
  query WhatIf($period: String!, $framework: JSON!) {
    whatIf(period: $period, framework: $framework) {
      period
      gradeChanges
      rows {
        branchId
        branchCode
        branchName
        currentTotal
        currentGrade
        currentRank
        draftTotal
        draftGrade
        draftRank
        change
        rankShift
        gradeChanged
      }
      movers {
        branchId
        branchName
        rankShift
        change
      }
      pathMeans {
        code
        name {
          zh
          en
        }
        current
        draft
      }
    }
  }
`);

export const ADMIN_AUDIT_EVENTS = graphql(`
  query AdminAuditEvents($filter: AuditEventsFilterInput) {
    auditEvents(filter: $filter) {
      total
      actions
      items {
        id
        action
        targetType
        targetId
        targetName
        actorId
        actorName
        before
        after
        createdAt
      }
    }
  }
`);
