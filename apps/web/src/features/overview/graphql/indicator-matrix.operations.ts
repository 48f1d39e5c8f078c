import { graphql } from '../../../generated';

/** One path's indicators × the table page's reported branches: asked only when the heatmap switches to it. */
export const OVERVIEW_INDICATOR_MATRIX = graphql(`
  query OverviewIndicatorMatrix($unitId: ID!, $period: String!, $pathCode: String!, $branchIds: [ID!]) {
    indicatorMatrix(unitId: $unitId, period: $period, pathCode: $pathCode, branchIds: $branchIds) {
      period
      path {
        code
      }
      indicators {
        code
        rule
        maxPoints
        name {
          zh
          en
        }
      }
      branches {
        id
        points
        maxPoints
      }
    }
  }
`);
