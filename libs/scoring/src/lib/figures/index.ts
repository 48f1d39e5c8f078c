export { scoreGap, pathGaps, meanGap } from './gap';
