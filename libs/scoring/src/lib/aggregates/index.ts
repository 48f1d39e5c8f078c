export { aggregate } from './aggregate';
export { rankByTotal, compareWithPrevious, percentileAmong } from './ranking';
export type { TotalEntry, OptionalTotalEntry } from './ranking';
