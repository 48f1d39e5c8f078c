import { useQuery } from '@apollo/client';
import { createContext, type ReactNode, useContext } from 'react';
import { APP_SETTINGS } from './app-settings.operations';
import { DEFAULT_TIME_ZONE, setDistrictTimeZone } from './time-zone';

const TimeZoneContext = createContext(DEFAULT_TIME_ZONE);

/**
 * Reads the district's time zone from the API once, before the screens render, and makes it the
 * zone of every formatter (time-zone.ts). If the API cannot be asked, the default zone stands.
 */
export function DistrictTimeZoneProvider({ children }: { children: ReactNode }) {
  const { data, loading } = useQuery(APP_SETTINGS, { fetchPolicy: 'cache-first' });
  // Set during render, not in an effect: the children's first render already formats in the zone.
  const zone = setDistrictTimeZone(data?.appSettings.timeZone);
  if (loading) return null;
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

/** The district's time zone (for code that passes a zone explicitly, e.g. a date picker). */
export function useDistrictTimeZone(): string {
  return useContext(TimeZoneContext);
}
