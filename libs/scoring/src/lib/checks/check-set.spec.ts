/** checkBranchSet with hand-computed z-scores: peers are the same group and sector only. */
import { ind, STANDARD_GRADES } from '../engine/test-frameworks';
import type { Framework } from '../types';
import { checkValues } from './check-values';
import {
  anonymousPeers,
  checkAgainstSample,
  checkBranchSet,
  groupSamples,
  peerValuesOf,
  type CheckedBranch,
} from './check-set';

const framework: Framework = {
  code: 'SET',
  version: 1,
  name: { zh: '校验', en: 'Checks' },
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'P',
      name: { zh: '路径', en: 'Path' },
      weight: 100,
      indicators: [ind('STUDY', { type: 'count', maxPoints: 100, target: 8 })],
    },
  ],
};
const b = (id: string, study: number, extra: Partial<CheckedBranch> = {}): CheckedBranch => ({
  id,
  group: 'street-1',
  sector: 'COMMUNITY',
  values: { STUDY: study },
  ...extra,
});

describe('checkBranchSet', () => {
  // street-1 COMMUNITY: 10, 11, 12, 13, 40. For 40: median 12, |deviations| 2, 1, 0, 1, 28, MAD 1,
  // M = 0.6745 × 28 = 18.886 → 18.89. For 10: the same median and MAD, M = 0.6745 × −2 = −1.35: none.
  const set = [
    b('a', 10),
    b('b', 11),
    b('c', 12),
    b('d', 13),
    b('x', 40, { previous: { STUDY: 12 } }),
    // Another street and another sector: not x's peers, and too few of their own to compare.
    b('other-street', 40, { group: 'street-2' }),
    b('rural', 40, { sector: 'RURAL' }),
  ];
  const flags = checkBranchSet(framework, set);

  it('flags the outlier among its same-sector peers of its group, with the figures', () => {
    const outlier = flags.get('x')!.find((f) => f.code === 'PEER_OUTLIER')!;
    expect(outlier.figures).toEqual({ value: 40, median: 12, mad: 1, score: 18.89, limit: 3.5 });
    expect(outlier.message.zh).toContain('18.89');
    // 12 → 40: a change of 28 = 233.33% of 12 > 50%.
    expect(flags.get('x')!.find((f) => f.code === 'JUMP_FROM_PREVIOUS_QUARTER')!.figures).toMatchObject({
      previous: 12,
      share: 2.33,
    });
  });

  it('leaves the others alone: within the peers, or without enough peers', () => {
    for (const id of ['a', 'b', 'c', 'd', 'other-street', 'rural']) expect(flags.get(id)).toEqual([]);
  });

  it('peerValuesOf gives the form the same peers', () => {
    expect(peerValuesOf(set[4], set).map((v) => v.STUDY)).toEqual([10, 11, 12, 13]);
    expect(peerValuesOf(set[5], set)).toEqual([]);
    // A draft is checked but is nobody's peer.
    const withDraft = [...set.slice(0, 4), { ...set[0], id: 'draft', values: { STUDY: 99 }, peer: false }];
    expect(peerValuesOf(set[0], withDraft).map((v) => v.STUDY)).toEqual([11, 12, 13]);
  });

  it("anonymousPeers keeps every indicator's values, unlinked, and the flags they give", () => {
    const peers = [{ STUDY: 13, VOL: 1 }, { STUDY: 10 }, { STUDY: 12, VOL: 30 }, { STUDY: 11, VOL: 2 }];
    expect(anonymousPeers(peers)).toEqual([
      { STUDY: 10, VOL: 1 },
      { STUDY: 11, VOL: 2 },
      { STUDY: 12, VOL: 30 },
      { STUDY: 13 },
    ]);
    const context = { peers, previous: { STUDY: 12 } };
    expect(checkValues(framework, { STUDY: 40 }, { ...context, peers: anonymousPeers(peers) })).toEqual(
      checkValues(framework, { STUDY: 40 }, context),
    );
  });

  it('anonymousPeers orders numbers as numbers, and any other kind of value by its JSON', () => {
    const peers = [
      { STUDY: 10, DONE: true, RATE: { numerator: 3, denominator: 4 } },
      { STUDY: 9, DONE: false, RATE: { numerator: 1, denominator: 2 } },
      { STUDY: 100, DONE: true },
    ];
    expect(anonymousPeers(peers)).toEqual([
      { STUDY: 9, DONE: false, RATE: { numerator: 1, denominator: 2 } },
      { STUDY: 10, DONE: true, RATE: { numerator: 3, denominator: 4 } },
      { STUDY: 100, DONE: true },
    ]);
  });

  it('gives every branch of a large random set the flags checkValues gives it with peerValuesOf', () => {
    // A seeded generator (mulberry32), so a failure names the same set every time.
    let seed = 13;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    // Few distinct values (ties, MAD = 0), some wild ones (outliers), some empty; drafts among them.
    const study = () => pick([null, 0, 3, 3, 3, 4, 5, 8, 8, 40, 2.5, 1e-9]);
    const big: CheckedBranch[] = Array.from({ length: 400 }, (_, i) => ({
      id: `b${i}`,
      group: pick(['s1', 's2', 's3']),
      sector: pick(['COMMUNITY', 'RURAL'] as const),
      values: { STUDY: study() },
      previous: random() < 0.5 ? { STUDY: study() } : undefined,
      peer: random() < 0.8,
    }));
    // A small group: four peers and a draft, whose own value makes the sample big enough (5).
    const tiny = [3, 3, 4, 5].map((v, i) => b(`t${i}`, v, { group: 'tiny' }));
    big.push(...tiny, b('t-draft', 40, { group: 'tiny', peer: false }));
    const flags = checkBranchSet(framework, big);
    expect(flags.get('t-draft')!.map((f) => f.code)).toEqual(['PEER_OUTLIER']);
    let outliers = 0;
    for (const branch of big) {
      const one = checkValues(framework, branch.values, {
        sector: branch.sector,
        previous: branch.previous,
        peers: peerValuesOf(branch, big),
      });
      expect({ id: branch.id, flags: flags.get(branch.id) }).toEqual({ id: branch.id, flags: one });
      outliers += one.filter((f) => f.code === 'PEER_OUTLIER').length;
    }
    expect(outliers).toBeGreaterThan(0); // the set does hold outliers, so the comparison means something

    // Checking only some branches (a page of the review queue): the same flags for those, none for the
    // rest, whose values are still their groups' peers.
    const some = (x: CheckedBranch) => x.id.endsWith('7') || x.id === 't-draft';
    const part = checkBranchSet(framework, big, some);
    expect([...part.keys()].sort()).toEqual(
      big
        .filter(some)
        .map((x) => x.id)
        .sort(),
    );
    for (const [id, f] of part) expect({ id, flags: f }).toEqual({ id, flags: flags.get(id) });

    // Against its group's stored sample (a draft's save): the same flags, every branch, every status.
    const samples = groupSamples(framework, big);
    for (const branch of big) {
      const sample = samples.get(branch.group)![branch.sector ?? ''];
      expect({ id: branch.id, flags: checkAgainstSample(framework, branch, sample) }).toEqual({
        id: branch.id,
        flags: flags.get(branch.id),
      });
    }
  });
});

describe('groupSamples and checkAgainstSample (the stored samples a draft is checked against)', () => {
  const peers = [b('a', 10), b('b', 11), b('c', 12), b('d', 13), b('x', 40)];
  const others = [b('other-street', 40, { group: 'street-2' }), b('rural', 40, { sector: 'RURAL' })];
  const drafts = [b('draft', 99, { peer: false }), b('empty', 5, { peer: false, group: 'street-3' })];
  const samples = groupSamples(framework, [...peers, ...others, ...drafts]);

  it('keeps each group and sector its peers sorted values, drafts left out', () => {
    expect(Object.fromEntries(samples)).toEqual({
      'street-1': { COMMUNITY: { STUDY: [10, 11, 12, 13, 40] }, RURAL: { STUDY: [40] } },
      'street-2': { COMMUNITY: { STUDY: [40] } },
      // A group of drafts only: an empty sample, stored all the same.
      'street-3': { COMMUNITY: {} },
    });
  });

  // A draft of 41 in street-1: 10, 11, 12, 13, 40, 41; median 12.5; |deviations| 2.5, 1.5, 0.5, 0.5,
  // 27.5, 28.5, MAD (1.5 + 2.5) / 2 = 2; M = 0.6745 × 28.5 / 2 = 9.61. A draft of 12: M = 0.6745 ×
  // −0.5 / 2 = −0.17, none. A peer of 40: already in the sample, M = 18.89 as checkBranchSet says.
  it.each([
    ['a draft far above', b('y', 41, { peer: false }), 9.61],
    ['a draft within', b('y', 12, { peer: false }), null],
    ['a peer far above', peers[4], 18.89],
    ['a draft with too few peers', b('y', 41, { peer: false, group: 'street-2' }), null],
  ])('%s', (_, branch, score) => {
    const sample = samples.get(branch.group)![branch.sector ?? ''];
    const flags = checkAgainstSample(framework, branch, sample);
    const outlier = flags.find((f) => f.code === 'PEER_OUTLIER');
    expect(outlier ? outlier.figures['score'] : null).toBe(score);
    const set = [...peers, ...others, ...(branch.peer === false ? [branch] : [])];
    expect(flags).toEqual(checkBranchSet(framework, set).get(branch.id));
  });
});
