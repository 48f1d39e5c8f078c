export * from './format';
export * from './time-zone';
export * from './DistrictTimeZoneProvider';
export * from './wall-clock';
