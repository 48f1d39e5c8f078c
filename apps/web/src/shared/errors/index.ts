export * from './describe-error';
export { useDescribeError } from './useDescribeError';
