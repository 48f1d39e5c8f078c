/**
 * checkBranchSet: the data checks of a set of branches in one pass, each branch checked against its
 * own previous quarter and its peers (docs/domain.md, "Data checks"): the same-sector branches of its
 * peer group (the unit whose reviewer reviews it, its parent), itself excluded. The server runs it on
 * the period's assessments; the form runs checkValues with the same previous values and peer values
 * (peerValuesOf), so both say the same.
 */
import type { Framework, Indicator, Sector, ValueMap } from '../types';
import { checkValues, peerSampleOf } from './check-values';
import { quantityOf } from './quantity';
import { withSorted } from './robust-z';
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
        pushTo(byIndicator, code, { key: JSON.stringify(value), value });
  const maps: ValueMap[] = [];
  for (const [code, values] of byIndicator) {
    values.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    values.forEach((v, i) => ((maps[i] ??= {})[code] = v.value));
  }
  return maps;
}

/**
 * branch id → its flags (every branch of `set` has an entry, [] when nothing is flagged; with `only`,
 * every branch it accepts: the others are still peers, they are just not checked). Each branch
 * is checked by checkValues against exactly peerValuesOf's peers: its group's peer sample of an
 * indicator is sorted once and is, as it stands, the outlier sample of every branch that is one of
 * the peers (its peers and itself); a branch that is not (a draft) has its value put in its place.
 * A group of n branches costs n per branch and indicator, not n log n (5,000 branches in groups of
 * 200 took 1.3 s of one core when each branch sorted its peers again).
 */
export function checkBranchSet(
  framework: Framework,
  set: readonly CheckedBranch[],
  only: (branch: CheckedBranch) => boolean = () => true,
): Map<string, ValueFlag[]> {
  const byGroup = new Map<string, CheckedBranch[]>();
  for (const b of set) pushTo(byGroup, `${b.group}\u0000${b.sector ?? ''}`, b);
  const flags = new Map<string, ValueFlag[]>();
  for (const members of byGroup.values()) {
    const checked = members.filter(only);
    if (checked.length === 0) continue;
    const groupSample = sampleOfGroup(members);
    for (const b of checked)
      flags.set(
        b.id,
        checkValues(framework, b.values, {
          sector: b.sector,
          previous: b.previous,
          // A branch that is one of the peers is in its group's sample already, with this value.
          sampleWith: (indicator, x) =>
            b.peer !== false && quantityOf(indicator, b.values[indicator.code]) !== null
              ? groupSample(indicator)
              : withSorted(groupSample(indicator), x),
        }),
      );
  }
  return flags;
}

/** The peer values of a group (its members that are peers), per indicator, sorted once and kept. */
function sampleOfGroup(members: readonly CheckedBranch[]): (indicator: Indicator) => readonly number[] {
  const peers = members.filter((b) => b.peer !== false).map((b) => b.values);
  const byCode = new Map<string, number[]>();
  return (indicator) => {
    let sample = byCode.get(indicator.code);
    if (!sample) byCode.set(indicator.code, (sample = peerSampleOf(indicator, peers)));
    return sample;
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
