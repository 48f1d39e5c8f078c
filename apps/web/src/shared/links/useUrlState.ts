import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export type UrlStateUpdate<S> = S | ((current: S) => S);

export interface UrlStateWriteOptions {
  /** Add a history entry (Back returns to the view before); default: replace the current one. */
  push?: boolean;
  /** Other keys of the query string written in the same update (the review queue's period). */
  also?: Record<string, string>;
}

/**
 * A screen's view (unit, quarter, order, filters, page…) in the query string, so a link or a reload
 * opens it and Back returns to it, and held in state as well, set with each change.
 *
 * Why both: the router applies a navigation as a transition, and renders of the screen before it
 * lands still read the old address. A screen that read its view from the address alone asked the
 * server for the old view and the new one in turn until it settled (measured in headless Chromium:
 * one click on a column header sent 6 branch-table requests, 3 of them for the old order). Here every
 * render reads the state. The state follows the address when something else changes it (Back, a
 * link); the addresses it wrote itself are recognised when they land, so two quick changes never
 * bring the first one back in between.
 *
 * `parse` and `serialize` must be stable (module-level) functions; `serialize` gets the current
 * parameters to keep the keys the view does not own.
 */
export function useUrlState<S>(
  parse: (params: URLSearchParams) => S,
  serialize: (state: S, current: URLSearchParams) => URLSearchParams,
): [S, (update: UrlStateUpdate<S>, options?: UrlStateWriteOptions) => void] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [state, setState] = useState(() => parse(params));
  /** The address as last written here or followed: the base of the next change. */
  const latest = useRef(address);
  /** Addresses written here that have not landed yet, oldest first. */
  const written = useRef<string[]>([]);

  useEffect(() => {
    const own = written.current.indexOf(address);
    if (own >= 0) {
      written.current.splice(0, own + 1);
      return;
    }
    if (address === latest.current) return;
    written.current = [];
    latest.current = address;
    setState(parse(new URLSearchParams(address)));
  }, [address, parse]);

  const update = useCallback(
    (change: UrlStateUpdate<S>, options?: UrlStateWriteOptions) => {
      const current = new URLSearchParams(latest.current);
      const next = typeof change === 'function' ? (change as (current: S) => S)(parse(current)) : change;
      const nextParams = serialize(next, current);
      for (const [key, value] of Object.entries(options?.also ?? {})) nextParams.set(key, value);
      setState(next);
      const nextAddress = nextParams.toString();
      if (nextAddress === latest.current) return;
      latest.current = nextAddress;
      written.current.push(nextAddress);
      setParams(nextParams, { replace: !options?.push });
    },
    [parse, serialize, setParams],
  );
  return [state, update];
}
