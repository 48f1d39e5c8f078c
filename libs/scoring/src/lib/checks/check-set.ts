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
}

/** The values of `branch`'s peers among `set`: same group, same sector, itself excluded. */
export function peerValuesOf(branch: CheckedBranch, set: readonly CheckedBranch[]): ValueMap[] {
  return set
    .filter((b) => b.id !== branch.id && b.group === branch.group && b.sector === branch.sector)
    .map((b) => b.values);
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
