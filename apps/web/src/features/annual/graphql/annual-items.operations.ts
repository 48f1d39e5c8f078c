import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen`.

export const ANNUAL_ITEMS_FIELDS = graphql(`
  fragment AnnualItemsFields on AnnualItems {
    branchId
    year
    status
    writable
    grades {
      code
      name {
        zh
        en
      }
    }
    items {
      code
      name {
        zh
        en
      }
      indicator
      role
      applicable
      selfValue
      evidence
      reviewedValue
      reviewedAt
      reviewState
      points
      vetoTriggered
      reason {
        zh
        en
      }
    }
    result {
      total
      quarterPoints
      bonusPoints
      deductionPoints
      grade {
        code
        name {
          zh
          en
        }
      }
      explanation {
        zh
        en
      }
    }
  }
`);

export const ANNUAL_ITEMS = graphql(`
  query AnnualItems($branchId: ID!, $year: Int!) {
    annualItems(branchId: $branchId, year: $year) {
      ...AnnualItemsFields
    }
  }
`);

export const SAVE_ANNUAL_VALUES = graphql(`
  mutation SaveAnnualValues($input: SaveAnnualValuesInput!) {
    saveAnnualValues(input: $input) {
      ...AnnualItemsFields
    }
  }
`);

export const REVIEW_ANNUAL_VALUES = graphql(`
  mutation ReviewAnnualValues($input: ReviewAnnualValuesInput!) {
    reviewAnnualValues(input: $input) {
      ...AnnualItemsFields
    }
  }
`);

/** REVIEWER/ADMIN: 年度事项待审核, the branches in scope with annual claims waiting for a review. */
export const ANNUAL_CLAIMS_TO_REVIEW = graphql(`
  query AnnualClaimsToReview($year: Int!) {
    annualClaimsToReview(year: $year) {
      branchId
      branchCode
      branchName
      pending
      changed
      claimedAt
    }
  }
`);
