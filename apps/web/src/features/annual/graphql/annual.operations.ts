import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen`.

export const ANNUAL_BRANCH_FIELDS = graphql(`
  fragment AnnualBranchFields on AnnualBranch {
    branchId
    code
    name
    total
    grade {
      code
      name {
        zh
        en
      }
    }
    uncappedGrade {
      code
      name {
        zh
        en
      }
    }
    cappedBy {
      source
      quarter
      code
      name {
        zh
        en
      }
      capGrade {
        code
        name {
          zh
          en
        }
      }
    }
    countedQuarters
    quarters {
      quarter
      total
      approved
      status
    }
    pathPercents
    rank
    peerCount
    percentile
    previousTotal
    totalChange
    previousRank
    rankChange
    explanation {
      zh
      en
    }
  }
`);

export const ANNUAL_SCOREBOARD = graphql(`
  query AnnualScoreboard($unitId: ID!, $year: Int!) {
    annualScoreboard(unitId: $unitId, year: $year) {
      unit {
        id
        code
        name
        kind
      }
      year
      status
      frozenAt
      previousYear
      periods
      paths {
        code
        name {
          zh
          en
        }
      }
      grades {
        code
        name {
          zh
          en
        }
      }
      branchCount
      mean
      previousMean
      gradeCounts
      cappedCount
      children {
        unit {
          id
          name
          kind
        }
        branchCount
        mean
        gradeCounts
      }
      branches {
        ...AnnualBranchFields
      }
    }
  }
`);

export const BRANCH_ANNUAL = graphql(`
  query BranchAnnual($branchId: ID!, $year: Int!) {
    branchAnnual(branchId: $branchId, year: $year) {
      ...AnnualBranchFields
    }
  }
`);

export const ANNUAL_COMPARE = graphql(`
  query AnnualCompare($branchIds: [ID!]!, $year: Int!) {
    annualCompare(branchIds: $branchIds, year: $year) {
      ...AnnualBranchFields
    }
  }
`);

/** The path names of the year's framework (the annual path percents follow its path order). */
export const ANNUAL_COMPARE_PATHS = graphql(`
  query AnnualComparePaths($frameworkId: ID!) {
    framework(id: $frameworkId) {
      id
      paths {
        code
        name {
          zh
          en
        }
      }
    }
  }
`);

export const ANNUAL_TREND = graphql(`
  query AnnualTrend($unitId: ID!, $fromYear: Int!, $toYear: Int!) {
    annualTrend(unitId: $unitId, fromYear: $fromYear, toYear: $toYear) {
      year
      status
      branchCount
      mean
      grade {
        code
        name {
          zh
          en
        }
      }
    }
  }
`);
