import { graphql } from '../../../../generated';

/** What closing a quarter would do now: the close confirmation shows it. */
export const PERIOD_CLOSE_CHECK = graphql(`
  query PeriodCloseCheck($periodId: ID!) {
    periodCloseCheck(periodId: $periodId) {
      periodId
      code
      deadline
      deadlinePassed
      completesYear
      needsForce
      counts {
        draft
        submitted
        returned
        approved
      }
    }
  }
`);

/** closePeriod with `force`: set when the admin confirmed the problems the check listed. */
export const CLOSE_PERIOD_CONFIRMED = graphql(`
  mutation ClosePeriodConfirmed($periodId: ID!, $force: Boolean!) {
    closePeriod(periodId: $periodId, force: $force) {
      id
      code
      status
      closedAt
    }
  }
`);
