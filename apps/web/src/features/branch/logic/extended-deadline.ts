/**
 * Whether a branch's deadline (Assessment.deadline, the API's effective one) is its own extension
 * (单独延期): the API only takes an extension later than the quarter's, and gives the quarter's when
 * that was moved past it, so "later than the quarter's" is exactly "extended".
 */
export function isExtendedDeadline(branchDeadline: string, quarterDeadline: string): boolean {
  return Date.parse(branchDeadline) > Date.parse(quarterDeadline);
}
