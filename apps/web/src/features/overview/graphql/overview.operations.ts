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
      # branchId, not id: should this query ever be cached (it is read no-cache), Apollo would
      # normalise each branch as one object shared by every quarter's scoreboard, and one quarter's
      # totals would overwrite another's. Only the columns the table, ranking and heatmap show: a
      # district has thousands of branches, and every field is that many more values to send.
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
