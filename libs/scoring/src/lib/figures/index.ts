export { scoreGap, pathGaps, meanGap } from './gap';
export { SECTOR_LABELS, sectorNames } from './sectors';
