import type { Sector } from '@pathboard/scoring';
import { BranchNamer, MEMBER_RANGE } from './demo-names';
import { Prng } from './prng';

export interface StreetSpec {
  code: string;
  name: string;
  sectors: Partial<Record<Sector, number>>;
}

export interface UnitRow {
  id: string;
  parentId: string | null;
  path: string;
  code: string;
  name: string;
  kind: 'DISTRICT' | 'STREET' | 'BRANCH';
  sector: Sector | null;
  memberCount: number;
  active: boolean;
  districtId: string;
}

/** How a branch performs over time: a base level, a per-quarter trend and its incidents. */
export interface BranchProfile {
  unit: UnitRow;
  streetCode: string;
  base: number;
  trend: number;
  /** Quarter index → 八项规定/四风 findings. */
  violations: Map<number, number>;
  /** Quarter index with a veto, if any. */
  vetoQuarter: number | null;
  /** Last quarter index the branch existed as an active branch (an inactive branch stopped earlier). */
  activeUntil: number;
}

export interface DistrictTree {
  district: UnitRow;
  streets: UnitRow[];
  branches: BranchProfile[];
}

/**
 * Builds a district tree with branch performance profiles from a seeded PRNG: the same seed gives
 * the same names, member counts, trends and incidents on every run.
 */
export function buildDistrictTree(options: {
  rng: Prng;
  id: () => string;
  codePrefix: string;
  districtName: string;
  streets: StreetSpec[];
  quarterCount: number;
}): DistrictTree {
  const { rng, id, codePrefix, quarterCount } = options;
  const districtId = id();
  const district: UnitRow = {
    id: districtId,
    parentId: null,
    path: `/${districtId}/`,
    code: codePrefix,
    name: options.districtName,
    kind: 'DISTRICT',
    sector: null,
    memberCount: 0,
    active: true,
    districtId,
  };
  const namer = new BranchNamer();
  const streets: UnitRow[] = [];
  const branches: BranchProfile[] = [];
  for (const spec of options.streets) {
    const streetId = id();
    const street: UnitRow = {
      id: streetId,
      parentId: districtId,
      path: `${district.path}${streetId}/`,
      code: `${codePrefix}-${spec.code}`,
      name: spec.name,
      kind: 'STREET',
      sector: null,
      memberCount: 0,
      active: true,
      districtId,
    };
    streets.push(street);
    let n = 0;
    for (const [sector, count] of Object.entries(spec.sectors) as [Sector, number][]) {
      for (let i = 0; i < count; i++) {
        n++;
        const branchId = id();
        const [lo, hi] = MEMBER_RANGE[sector];
        const memberCount = rng.int(lo, hi);
        const unit: UnitRow = {
          id: branchId,
          parentId: streetId,
          path: `${street.path}${branchId}/`,
          code: `${street.code}-${String(n).padStart(3, '0')}`,
          name: namer.next(sector, spec.name),
          kind: 'BRANCH',
          sector,
          memberCount,
          active: true,
          districtId,
        };
        street.memberCount += memberCount;
        const r = rng.next();
        // ~20% improving, ~15% declining, the rest steady.
        const trend = r < 0.2 ? 0.045 : r < 0.35 ? -0.045 : rng.noise(0.01);
        const violations = new Map<number, number>();
        if (rng.chance(0.06)) violations.set(rng.int(0, quarterCount - 1), rng.int(1, 2));
        branches.push({
          unit,
          streetCode: spec.code,
          base: 0.5 + rng.next() * 0.42,
          trend,
          violations,
          vetoQuarter: null,
          activeUntil: quarterCount - 1,
        });
      }
    }
    district.memberCount += street.memberCount;
  }
  return { district, streets, branches };
}

/** The branch's quality in quarter `q` (0-based): base + trend, kept within a believable range. */
export function qualityAt(profile: BranchProfile, q: number): number {
  return Math.min(0.98, Math.max(0.15, profile.base + profile.trend * q));
}
