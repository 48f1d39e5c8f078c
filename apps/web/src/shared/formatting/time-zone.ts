/**
 * The district's time zone: the one zone every date and time on the screens is shown in. The API
 * says which (`appSettings.timeZone`, from DISTRICT_TIME_ZONE); `DistrictTimeZoneProvider` reads it
 * once at start-up and sets it here, and every formatter (format.ts) defaults to it.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let current = DEFAULT_TIME_ZONE;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone dates are shown in now. */
export function districtTimeZone(): string {
  return current;
}

/** Set the district's zone (an IANA name); an unknown name keeps the current zone. Returns the zone in force. */
export function setDistrictTimeZone(zone: string | null | undefined): string {
  if (zone && isTimeZone(zone)) current = zone;
  return current;
}
