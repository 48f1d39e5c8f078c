import { graphql } from '../../../generated';

/** One path's indicators × the unit's reported branches: asked only when the heatmap switches to it. */
export const OVERVIEW_INDICATOR_MATRIX = graphql(`
  query OverviewIndicatorMatrix($unitId: ID!, $period: String!, $pathCode: String!) {
    indicatorMatrix(unitId: $unitId, period: $period, pathCode: $pathCode) {
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
