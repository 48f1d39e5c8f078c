import { useQuery } from '@apollo/client';
import { LOGIN_DISTRICTS } from '../graphql/auth.operations';

/** Where the login page remembers the last district chosen (a code; not a secret). */
export const LAST_DISTRICT_KEY = 'pathboard.loginDistrict';

export interface LoginDistrictChoice {
  /** The districts to choose from: empty while there is at most one (the server takes it then). */
  choices: { code: string; name: string }[];
  /** The last district chosen on this browser, when it is still one of the choices. */
  remembered: string | undefined;
  remember: (code: string | undefined) => void;
}

function storage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

export function useLoginDistricts(): LoginDistrictChoice {
  const { data } = useQuery(LOGIN_DISTRICTS);
  const all = data?.loginDistricts ?? [];
  const choices = all.length > 1 ? all : [];
  const last = storage()?.getItem(LAST_DISTRICT_KEY) ?? undefined;
  return {
    choices,
    remembered: choices.some((d) => d.code === last) ? last : undefined,
    remember: (code) => {
      if (code) storage()?.setItem(LAST_DISTRICT_KEY, code);
    },
  };
}
