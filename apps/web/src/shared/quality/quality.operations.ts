import { graphql } from '../../generated';

// Data checks and review risk (issue 17): the server runs the same libs/scoring checks as the form.

export const VALUE_FLAG_FIELDS = graphql(`
  fragment ValueFlagFields on ValueFlag {
    code
    indicator
    indicators
    rule
    figures
    message {
      zh
      en
    }
  }
`);

export const INFLATION_LEADERS = graphql(`
  query InflationLeaders($period: String!, $limit: Int!) {
    inflationLeaders(period: $period, limit: $limit) {
      assessmentId
      branchId
      branchCode
      branchName
      inflation
      inflationQuarters
    }
  }
`);

export const VALUE_CHECKS = graphql(`
  query ValueChecks($branchId: ID!, $period: String!) {
    valueChecks(branchId: $branchId, period: $period) {
      assessmentId
      status
      openFlags
      inflation
      inflationQuarters
      previous
      peers
      flags {
        ...ValueFlagFields
      }
    }
  }
`);
