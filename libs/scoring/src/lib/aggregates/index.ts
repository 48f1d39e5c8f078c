export { aggregate } from './aggregate';
export { rankByTotal, compareWithPrevious } from './ranking';
export type { TotalEntry, OptionalTotalEntry } from './ranking';
