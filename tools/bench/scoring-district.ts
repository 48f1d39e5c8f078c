import {
  sampleInput,
  type Framework,
  type IndicatorInput,
  type Rule,
  type Sector,
  type ValueMap,
} from '@pathboard/scoring';

export interface SyntheticBranch {
  id: string;
  street: string;
  sector: Sector;
  memberCount: number;
  values: ValueMap;
}

/** mulberry32: tiny, fast and deterministic, so every run benchmarks the very same district. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Roughly a mixed urban-rural district: villages and communities dominate.
const SECTOR_MIX: [Sector, number][] = [
  ['RURAL', 0.3],
  ['COMMUNITY', 0.3],
  ['ORGAN', 0.15],
  ['SOE', 0.1],
  ['INSTITUTION', 0.1],
  ['NEW_ORG', 0.05],
];

export function syntheticDistrict(
  framework: Framework,
  branchCount: number,
  streetCount: number,
  seed = 20260101,
): SyntheticBranch[] {
  const random = prng(seed);
  const indicators = framework.paths.flatMap((path) => path.indicators);
  const branches: SyntheticBranch[] = [];
  for (let b = 0; b < branchCount; b++) {
    const sector = pickSector(random());
    const values: ValueMap = {};
    for (const indicator of indicators) {
      // The engine refuses a value for an indicator that does not apply to the sector.
      if (indicator.sectors && !indicator.sectors.includes(sector)) continue;
      // 3% missing, so the benchmark also exercises the missing-value path.
      values[indicator.code] = random() < 0.03 ? null : inputFor(indicator.rule, random);
    }
    branches.push({
      id: `B${String(b).padStart(5, '0')}`,
      street: `S${String(b % streetCount).padStart(3, '0')}`,
      sector,
      memberCount: 5 + Math.floor(random() * 116),
      values,
    });
  }
  return branches;
}

function pickSector(r: number): Sector {
  let cumulative = 0;
  for (const [sector, share] of SECTOR_MIX) {
    cumulative += share;
    if (r < cumulative) return sector;
  }
  return SECTOR_MIX[SECTOR_MIX.length - 1][0];
}

/**
 * An input from the rule's own sampler (the registry's `sampleInput`), at a quality drawn per
 * indicator, so every branch mixes full marks, partial points and zeros, and a new rule is
 * benchmarked without an edit here.
 */
function inputFor(rule: Rule, random: () => number): IndicatorInput {
  return sampleInput(rule, random(), random);
}
