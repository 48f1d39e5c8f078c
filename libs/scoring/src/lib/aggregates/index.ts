export { aggregate } from './aggregate';
export { rankByTotal, compareWithPrevious, percentileAmong, percentileText } from './ranking';
export type { TotalEntry, OptionalTotalEntry } from './ranking';
