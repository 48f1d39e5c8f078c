/**
 * checkBranchSet: the data checks of a set of branches in one pass, each branch checked against its
 * own previous quarter and its peers (docs/domain.md, "Data checks"): the same-sector branches of its
 * peer group (the unit whose reviewer reviews it, its parent), itself excluded. The server runs it on
 * the period's assessments; the form runs checkValues with the same previous values and peer values
 * (peerValuesOf), so both say the same.
 */
import type { Framework, Sector, ValueMap } from '../types';
import { checkValues } from './check-values';
import type { ValueFlag } from './types';

export interface CheckedBranch {
  id: string;
  sector?: Sector;
  /** The peer group: branches with the same key and sector are each other's peers. */
  group: string;
  values: ValueMap;
  previous?: ValueMap;
  /** Whether its values are a peer's for the others (default true; a draft is checked, not compared with). */
  peer?: boolean;
}

/** The values of `branch`'s peers among `set`: same group, same sector, itself excluded. */
export function peerValuesOf(branch: CheckedBranch, set: readonly CheckedBranch[]): ValueMap[] {
  return set
    .filter(
      (b) => b.id !== branch.id && b.peer !== false && b.group === branch.group && b.sector === branch.sector,
    )
    .map((b) => b.values);
}

/**
 * The peers' values with nothing tying one value to another: per indicator, the peers' values in a
 * fixed order (their JSON), the i-th map holding the i-th of each. Every check compares one indicator
 * at a time, so the flags are the same; what a branch's form receives is the spread of each
 * indicator among its peers, never another branch's set of values.
 */
export function anonymousPeers(peers: readonly ValueMap[]): ValueMap[] {
  const byIndicator = new Map<string, { key: string; value: NonNullable<ValueMap[string]> }[]>();
  for (const peer of peers)
    for (const [code, value] of Object.entries(peer))
      if (value !== undefined && value !== null)
        byIndicator.set(code, [...(byIndicator.get(code) ?? []), { key: JSON.stringify(value), value }]);
  const maps: ValueMap[] = [];
  for (const [code, values] of byIndicator) {
    values.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    values.forEach((v, i) => ((maps[i] ??= {})[code] = v.value));
  }
  return maps;
}

/** branch id → its flags (every branch of `set` has an entry, [] when nothing is flagged). */
export function checkBranchSet(
  framework: Framework,
  set: readonly CheckedBranch[],
): Map<string, ValueFlag[]> {
  const byGroup = new Map<string, CheckedBranch[]>();
  for (const b of set) {
    const key = `${b.group}\u0000${b.sector ?? ''}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), b]);
  }
  const flags = new Map<string, ValueFlag[]>();
  for (const members of byGroup.values())
    for (const b of members)
      flags.set(
        b.id,
        checkValues(framework, b.values, {
          sector: b.sector,
          previous: b.previous,
          peers: peerValuesOf(b, members),
        }),
      );
  return flags;
}
