export { aggregate } from './aggregate';
export { rankByTotal, compareWithPrevious, competitionRanks, percentileAmong } from './ranking';
export type { TotalEntry, OptionalTotalEntry } from './ranking';
