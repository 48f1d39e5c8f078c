import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/). The unit tree and
// period list shared with other screens live in shared/org/org-period.operations.ts.

export const OVERVIEW_FIGURES = graphql(`
  fragment OverviewFigures on UnitFigures {
    assessed
    expected
    completion
    mean
    median
    weightedMean
    meanChange
    previousMean
    min
    max
    q1
    q3
    gradeCounts {
      code
      count
    }
    pathMeans {
      code
      mean
    }
    submission {
      approved
      submitted
      returned
      draft
      notOpened
      reported
      onTime
      late
      notSubmitted
      onTimeRate
    }
  }
`);

export const OVERVIEW_SCOREBOARD = graphql(`
  query OverviewScoreboard($unitId: ID!, $period: String!) {
    scoreboard(unitId: $unitId, period: $period) {
      period
      previousPeriod
      unit {
        id
        code
        name
        kind
      }
      grades {
        code
        min
        name {
          zh
          en
        }
      }
      paths {
        code
        weight
        name {
          zh
          en
        }
      }
      figures {
        ...OverviewFigures
      }
      children {
        rank
        previousRank
        rankChange
        unit {
          id
          code
          name
          kind
          active
        }
        figures {
          assessed
          expected
          completion
          mean
          meanChange
        }
      }
    }
  }
`);

// One page of the branch table (the table, the branch ranking and the heatmap show it): filtered,
// sorted and ranked on the server from the precomputed figures, so no visit downloads every branch.
// branchId, not id: the query is read no-cache, but should it ever be cached, Apollo would normalise
// each branch as one object shared by every quarter's page, and one quarter's totals would overwrite
// another's.
export const OVERVIEW_BRANCH_PAGE = graphql(`
  query OverviewBranchPage(
    $unitId: ID!
    $period: String!
    $offset: Int!
    $limit: Int!
    $sortBy: String!
    $descending: Boolean!
    $search: String
    $sectors: [Sector!]
    $grades: [String!]
    $statuses: [String!]
    $reviewedOnly: Boolean
  ) {
    branchPage(
      unitId: $unitId
      period: $period
      offset: $offset
      limit: $limit
      sortBy: $sortBy
      descending: $descending
      search: $search
      sectors: $sectors
      grades: $grades
      statuses: $statuses
      reviewedOnly: $reviewedOnly
    ) {
      totalCount
      assessedCount
      offset
      branches {
        branchId: id
        code
        name
        sector
        status
        total
        totalChange
        rank
        rankChange
        gradeCode
        pathPercents
        childId
        onTime
        veto
        memberCount
        active
      }
    }
  }
`);

// The unit picker's tree without the assessed leaves: a 5,000-branch district sends its streets, not
// every branch (the table pages through them).
export const OVERVIEW_UNIT_TREE = graphql(`
  query OverviewUnitTree {
    orgTree(withoutAssessedLeaves: true) {
      ...PickerSubtree
    }
  }
`);

export const OVERVIEW_TREND = graphql(`
  query OverviewTrend($unitId: ID!, $fromPeriod: String!, $toPeriod: String!) {
    trend(unitId: $unitId, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {
      period
      mean
      median
      completion
      assessed
      expected
      pathMeans {
        code
        mean
      }
    }
  }
`);
