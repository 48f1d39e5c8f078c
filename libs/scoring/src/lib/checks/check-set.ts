/**
 * checkBranchSet: the data checks of a set of branches in one pass, each branch checked against its
 * own previous quarter and its peers (docs/domain.md, "Data checks"): the same-sector branches of its
 * peer group (the unit whose reviewer reviews it, its parent), itself excluded. The server runs it on
 * the period's assessments; the form runs checkValues with the same previous values and peer values
 * (peerValuesOf), so both say the same.
 */
import type { Framework, Indicator, IndicatorInput, Sector, ValueMap } from '../types';
import { checkValues, peerSampleOf } from './check-values';
import { inputKind, MEASURED_KINDS, quantityOf } from './quantity';
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
 * fixed order (numbers ascending; an indicator with any other kind of value, by the values' JSON), the
 * i-th map holding the i-th of each. Every check compares one indicator at a time, so the flags are
 * the same; what a branch's form receives is the spread of each indicator among its peers, never
 * another branch's set of values. Numbers, nearly every value, sort as numbers: building a JSON key
 * for each was most of the review workspace's own time (one branch's checks, `bench:api`).
 */
export function anonymousPeers(peers: readonly ValueMap[]): ValueMap[] {
  const byIndicator = new Map<string, IndicatorInput[]>();
  for (const peer of peers)
    for (const code in peer) {
      const value = peer[code];
      if (value !== undefined && value !== null) pushTo(byIndicator, code, value);
    }
  const maps: ValueMap[] = [];
  for (const [code, values] of byIndicator)
    sortedInputs(values).forEach((value, i) => ((maps[i] ??= {})[code] = value));
  return maps;
}

/** One indicator's values in anonymousPeers' fixed order. */
function sortedInputs(values: IndicatorInput[]): readonly IndicatorInput[] {
  if (values.every((v) => typeof v === 'number')) return (values as number[]).sort((a, b) => a - b);
  return values
    .map((value) => ({ key: JSON.stringify(value), value }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((v) => v.value);
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
  const flags = new Map<string, ValueFlag[]>();
  for (const members of groupsOf(set).values()) {
    const checked = members.filter(only);
    if (checked.length === 0) continue;
    const groupSample = sampleOfGroup(members);
    for (const b of checked) flags.set(b.id, checkInGroup(framework, b, groupSample));
  }
  return flags;
}

/**
 * A peer group's sample as stored between requests: indicator code → its peers' values, sorted
 * ascending (peerSampleOf), for each measured indicator some peer reported. The figures refresh
 * stores one per group and sector, so a draft's save checks the draft against it (checkAgainstSample)
 * instead of reading its peers' values again.
 */
export type GroupSample = Record<string, number[]>;

/**
 * The stored samples of a set of branches: group → sector ('' for none) → GroupSample, built from
 * the members that are peers, as checkBranchSet builds them.
 */
export function groupSamples(
  framework: Framework,
  set: readonly CheckedBranch[],
): Map<string, Record<string, GroupSample>> {
  const byGroup = new Map<string, Record<string, GroupSample>>();
  if (set.length === 0) return byGroup;
  const measured = framework.paths.flatMap((p) =>
    p.indicators.filter((i) => MEASURED_KINDS.includes(inputKind(i))),
  );
  for (const [key, members] of groupsOf(set)) {
    const [group, sector] = key.split('\u0000');
    const peers = members.filter((b) => b.peer !== false).map((b) => b.values);
    const sample: GroupSample = {};
    for (const indicator of measured) {
      const values = peerSampleOf(indicator, peers);
      if (values.length > 0) sample[indicator.code] = values;
    }
    const sectors = byGroup.get(group) ?? {};
    sectors[sector] = sample;
    byGroup.set(group, sectors);
  }
  return byGroup;
}

/**
 * `branch`'s flags against its group's stored sample (groupSamples): the flags checkBranchSet gives
 * it in a set holding its group's peers as they were when the sample was stored.
 */
export function checkAgainstSample(
  framework: Framework,
  branch: CheckedBranch,
  sample: GroupSample,
): ValueFlag[] {
  return checkInGroup(framework, branch, (indicator) => sample[indicator.code] ?? []);
}

/** One branch's flags, `groupSample` giving its group's peer values of an indicator, sorted. */
function checkInGroup(
  framework: Framework,
  b: CheckedBranch,
  groupSample: (indicator: Indicator) => readonly number[],
): ValueFlag[] {
  return checkValues(framework, b.values, {
    sector: b.sector,
    previous: b.previous,
    // A branch that is one of the peers is in its group's sample already, with this value.
    sampleWith: (indicator, x) =>
      b.peer !== false && quantityOf(indicator, b.values[indicator.code]) !== null
        ? groupSample(indicator)
        : withSorted(groupSample(indicator), x),
  });
}

/** The set's branches by group and sector (key: group, NUL, sector or ''). */
function groupsOf(set: readonly CheckedBranch[]): Map<string, CheckedBranch[]> {
  const byGroup = new Map<string, CheckedBranch[]>();
  for (const b of set) pushTo(byGroup, `${b.group}\u0000${b.sector ?? ''}`, b);
  return byGroup;
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
