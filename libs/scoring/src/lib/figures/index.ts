export { scoreGap, pathGaps, meanGap } from './gap';
export { SECTOR_LABELS, sectorNames } from './sectors';
export { PROVISIONAL_LABEL, isProvisionalStatus } from './provisional';
export { closesAtDayEnd, dayOfDeadline } from './deadline-day';
