import { graphql } from '../../../generated';

/** ADMIN/REVIEWER/VIEWER: a quarter's 单独延期, branch by branch (the admin's 考评季度 screen lists them). */
export const DEADLINE_EXTENSIONS = graphql(`
  query DeadlineExtensions($period: String!) {
    deadlineExtensions(period: $period) {
      periodCode
      branchId
      branchName
      branchCode
      deadline
      reason
      createdByName
      createdAt
    }
  }
`);

/** ADMIN: give one branch of an open quarter its own, later deadline (reason required, audited). */
export const EXTEND_DEADLINE = graphql(`
  mutation ExtendDeadline($input: ExtendDeadlineInput!) {
    extendDeadline(input: $input) {
      periodCode
      branchId
      branchName
      branchCode
      deadline
      reason
      createdByName
      createdAt
    }
  }
`);
