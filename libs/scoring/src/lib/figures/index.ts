export { scoreGap, pathGaps, meanGap } from './gap';
export { SECTOR_LABELS, sectorNames } from './sectors';
export { STATUS_LABELS, statusNames, type BranchQuarterStatus } from './statuses';
export { PROVISIONAL_LABEL, isProvisionalStatus } from './provisional';
export { closesAtDayEnd, dayOfDeadline } from './deadline-day';
