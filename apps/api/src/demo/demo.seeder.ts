import { randomUUID } from 'node:crypto';
import { SNAPSHOT_PERIOD_UNITS_SQL } from '../org-units/sql/unit-as-of';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Sector } from '@pathboard/scoring';
import type { AssessmentStatus } from '../assessments/entities/assessment.entity';
import { bulkInsert } from '../assessments/sql/bulk-insert';
import { hashPassword } from '../users/password';
import { DEMO_STREETS } from './demo-names';
import { buildDistrictTree, type DistrictTree, type StreetSpec } from './district-plan';
import { ensureDefaultFramework, insertAssessments, insertPeriod, insertUnits } from './district-writer';
import { demoAnnualClaims, insertDemoAnnualClaims } from './demo-annual-claims';
import { Prng } from './prng';
import { planAssessment, type SeedActors } from './quarter-batch';
import { lastQuarters } from './quarters';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';

export const DEMO_PASSWORD = 'demo1234';
/** The demo's fixed "today": every timestamp of the demo district is reproducible. */
export const DEMO_NOW = new Date('2026-11-22T02:00:00Z');
const DEMO_SEED = 20261122;

export interface SeedSummary {
  districtId: string;
  branches: number;
  periods: number;
  assessments: number;
  ms: number;
}

interface SeedRun {
  tree: DistrictTree;
  rng: Prng;
  now: Date;
  quarterCount: number;
  actors: SeedActors;
  /** Current quarter status of a branch; every other (earlier) assessment is APPROVED. */
  currentStatus: (branchIndex: number) => AssessmentStatus;
  explain: boolean;
  /** One transaction per quarter (large districts) instead of one for everything. */
  perQuarterTransactions: boolean;
  /** The audit action recorded once the district is complete. */
  auditAction: 'DEMO_DATA_SEEDED' | 'LARGE_DISTRICT_SEEDED';
}

const STREET_WORDS = [
  '东城',
  '西湖',
  '南山',
  '北苑',
  '中关',
  '新城',
  '长安',
  '和平',
  '光明',
  '朝阳',
  '青龙',
  '白云',
  '金港',
  '银湖',
  '望江',
  '紫阳',
];
const SECTOR_LIST: Sector[] = ['RURAL', 'COMMUNITY', 'ORGAN', 'SOE', 'INSTITUTION', 'NEW_ORG'];

/**
 * Seeds the demo district 示范区 (first start with DEMO_DATA=true) and synthetic large districts
 * (`npm run seed`). Everything is bulk-inserted and scored with libs/scoring, like the API does.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /** Absent when the seed CLI builds the seeder: standard hashing. */
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  /** Seeds the demo district unless the database already holds org units. Returns null when skipped. */
  async seedIfEmpty(): Promise<SeedSummary | null> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM org_unit`);
    if (Number(n) > 0) return null;
    return this.seedDemo();
  }

  async seedDemo(): Promise<SeedSummary> {
    const started = Date.now();
    const rng = new Prng(DEMO_SEED);
    const id = () => rng.uuid();
    const quarterCount = 6;
    const tree = buildDistrictTree({
      rng,
      id,
      codePrefix: 'SFQ',
      districtName: '示范区',
      streets: DEMO_STREETS,
      quarterCount,
    });
    shapeDemoStories(tree);
    const passwordHash = await hashPassword(DEMO_PASSWORD, this.config?.passwordHashCost);
    const dongcheng = tree.streets.find((s) => s.name === '东城街道')!;
    const branchUnit = tree.branches.find(
      (b) => b.streetCode === 'DC' && b.unit.sector === 'COMMUNITY',
    )!.unit;
    const users = {
      admin: {
        id: id(),
        username: 'admin',
        displayName: '区委组织部管理员',
        role: 'ADMIN',
        scope: tree.district.id,
      },
      reviewer: {
        id: id(),
        username: 'reviewer',
        displayName: '东城街道党工委审核员',
        role: 'REVIEWER',
        scope: dongcheng.id,
      },
      branch: {
        id: id(),
        username: 'branch',
        displayName: `${branchUnit.name}书记`,
        role: 'BRANCH',
        scope: branchUnit.id,
      },
      viewer: {
        id: id(),
        username: 'viewer',
        displayName: '上级党委观察员',
        role: 'VIEWER',
        scope: tree.district.id,
      },
    };
    // The current quarter shows every status; the demo users' branches get a fixed, useful one.
    const dcBranches = tree.branches.map((b, i) => ({ b, i })).filter(({ b }) => b.streetCode === 'DC');
    const fixed = new Map<number, AssessmentStatus>();
    const order: AssessmentStatus[] = [
      'DRAFT',
      'SUBMITTED',
      'RETURNED',
      'APPROVED',
      'SUBMITTED',
      'SUBMITTED',
    ];
    dcBranches
      .filter(({ b }) => b.unit.id !== branchUnit.id)
      .slice(0, order.length - 1)
      .forEach(({ i }, k) => fixed.set(i, order[k + 1]));
    fixed.set(
      tree.branches.findIndex((b) => b.unit.id === branchUnit.id),
      'DRAFT',
    );
    const statusRng = new Prng(DEMO_SEED + 1);
    const statuses = tree.branches.map((_, i) => fixed.get(i) ?? pickStatus(statusRng));

    const summary = await this.dataSource.transaction(async (manager) => {
      await insertUnits(manager, [tree.district, ...tree.streets, ...tree.branches.map((b) => b.unit)]);
      await bulkInsert(
        manager,
        'app_user',
        ['id', 'username', 'password_hash', 'display_name', 'role', 'scope_unit_id', 'district_id'].map(
          (name) => ({ name, cast: name === 'role' ? 'user_role' : undefined }),
        ),
        Object.values(users).map((u) => [
          u.id,
          u.username,
          passwordHash,
          u.displayName,
          u.role,
          u.scope,
          tree.district.id,
        ]),
      );
      const result = await this.seedQuarters(manager, {
        tree,
        rng,
        now: DEMO_NOW,
        quarterCount,
        actors: {
          admin: users.admin.id,
          reviewerByStreet: new Map([['DC', users.reviewer.id]]),
          branchUsers: new Map([[branchUnit.id, users.branch.id]]),
        },
        currentStatus: (i) => statuses[i],
        explain: true,
        perQuarterTransactions: false,
        auditAction: 'DEMO_DATA_SEEDED',
      });
      await insertDemoAnnualClaims(
        manager,
        tree.district.id,
        DEMO_NOW.getUTCFullYear(),
        users.reviewer.id,
        demoAnnualClaims(tree, branchUnit.id),
      );
      return result;
    });
    // The committee's precomputed figures (analytics/figures) of every seeded quarter.
    await this.dataSource.transaction((m) => refreshDistrictFigures(m, tree.district.id, 'all'));
    const result = { ...summary, ms: Date.now() - started };
    this.logger.log(
      `demo district 示范区 seeded: ${result.branches} branches, ${result.assessments} assessments in ${result.ms} ms`,
    );
    return result;
  }

  /** A synthetic district of `branches` branches over the last `quarters` quarters (no users). */
  async seedLargeDistrict(options: {
    branches: number;
    quarters: number;
    seed?: number;
    now?: Date;
  }): Promise<SeedSummary> {
    const started = Date.now();
    const seed = options.seed ?? Date.now() % 1_000_000;
    const rng = new Prng(seed);
    const perStreet = 200;
    const streetCount = Math.max(1, Math.ceil(options.branches / perStreet));
    const streets: StreetSpec[] = [];
    for (let s = 0; s < streetCount; s++) {
      const size = Math.min(perStreet, options.branches - s * perStreet);
      const word =
        STREET_WORDS[s % STREET_WORDS.length] +
        (s >= STREET_WORDS.length ? String(Math.floor(s / STREET_WORDS.length) + 1) : '');
      const sectors: Partial<Record<Sector, number>> = {};
      for (let i = 0; i < size; i++) {
        const sector = rng.chance(0.35) ? 'COMMUNITY' : rng.pick(SECTOR_LIST);
        sectors[sector] = (sectors[sector] ?? 0) + 1;
      }
      streets.push({
        code: `S${String(s + 1).padStart(3, '0')}`,
        name: `${word}${rng.chance(0.3) ? '镇' : '街道'}`,
        sectors,
      });
    }
    const tree = buildDistrictTree({
      rng,
      id: randomUUID,
      codePrefix: `LG${seed}`,
      districtName: `规模测试区${seed}`,
      streets,
      quarterCount: options.quarters,
    });
    const statusRng = new Prng(seed + 1);
    const statuses = tree.branches.map(() => pickStatus(statusRng));
    await this.dataSource.transaction((manager) =>
      insertUnits(manager, [tree.district, ...tree.streets, ...tree.branches.map((b) => b.unit)]),
    );
    const summary = await this.seedQuarters(this.dataSource.manager, {
      tree,
      rng,
      now: options.now ?? new Date(),
      quarterCount: options.quarters,
      actors: { admin: null, reviewerByStreet: new Map(), branchUsers: new Map() },
      currentStatus: (i) => statuses[i],
      explain: false,
      perQuarterTransactions: true,
      auditAction: 'LARGE_DISTRICT_SEEDED',
    });
    // Fresh statistics, so the first analytics queries on the new volume get the index plans.
    await this.dataSource.query(
      `ANALYZE org_unit, period, assessment, indicator_value, assessment_score, assessment_path_score`,
    );
    await this.dataSource.transaction((m) => refreshDistrictFigures(m, tree.district.id, 'all'));
    await this.dataSource.query(
      `ANALYZE org_unit, branch_period_figures, unit_period_figures, unit_period_rank_counts`,
    );
    return { ...summary, ms: Date.now() - started };
  }

  private async seedQuarters(manager: EntityManager, run: SeedRun): Promise<Omit<SeedSummary, 'ms'>> {
    const { tree, rng, now } = run;
    const quarters = lastQuarters(now, run.quarterCount);
    const inTx = <T>(work: (m: EntityManager) => Promise<T>) =>
      run.perQuarterTransactions ? this.dataSource.transaction(work) : work(manager);
    const { id: frameworkId, framework } = await inTx((m) => ensureDefaultFramework(m));
    let assessments = 0;
    for (const [qi, quarter] of quarters.entries()) {
      const isCurrent = qi === quarters.length - 1;
      const periodId = run.perQuarterTransactions ? randomUUID() : rng.uuid();
      const plans = tree.branches
        .map((profile, i) => ({ profile, i }))
        .filter(({ profile }) => qi <= profile.activeUntil)
        .map(({ profile, i }) =>
          planAssessment({
            rng,
            id: run.perQuarterTransactions ? randomUUID() : rng.uuid(),
            framework,
            profile,
            quarter,
            quarterIndex: qi,
            status: isCurrent ? run.currentStatus(i) : 'APPROVED',
            now,
            actors: run.actors,
          }),
        );
      await inTx(async (m) => {
        await insertPeriod(m, {
          id: periodId,
          districtId: tree.district.id,
          quarter,
          frameworkId,
          open: isCurrent,
        });
        await insertAssessments(
          m,
          {
            districtId: tree.district.id,
            periodId,
            frameworkId,
            framework,
            createdAt: quarter.start,
            explain: run.explain,
          },
          plans,
        );
        // A closed quarter keeps its units as they were, as closing one through the API does.
        if (!isCurrent) await m.query(SNAPSHOT_PERIOD_UNITS_SQL, [periodId, tree.district.id]);
        if (isCurrent) {
          await m.query(
            `INSERT INTO audit_event (district_id, actor_id, action, target_type, target_id, after) VALUES ($1, NULL, $2, 'OrgUnit', $3, $4::jsonb)`,
            [
              tree.district.id,
              run.auditAction,
              tree.district.id,
              JSON.stringify({ branches: tree.branches.length, quarters: quarters.map((q) => q.code) }),
            ],
          );
        }
      });
      assessments += plans.length;
    }
    return {
      districtId: tree.district.id,
      branches: tree.branches.length,
      periods: quarters.length,
      assessments,
    };
  }
}

function pickStatus(rng: Prng): AssessmentStatus {
  const r = rng.next();
  return r < 0.25 ? 'DRAFT' : r < 0.5 ? 'SUBMITTED' : r < 0.6 ? 'RETURNED' : 'APPROVED';
}

/** The stories a demo should tell: one veto, a few 八项规定 findings, one branch deactivated. */
function shapeDemoStories(tree: DistrictTree): void {
  const xh = tree.branches.filter((b) => b.streetCode === 'XH');
  xh[5].vetoQuarter = 3;
  for (const b of tree.branches) b.violations.clear();
  [tree.branches[9], tree.branches[27], tree.branches[44], tree.branches[71]].forEach((b, k) =>
    b.violations.set(k % 2 === 0 ? 4 : 2, 1 + (k % 2)),
  );
  // A declining and an improving branch in 东城 for the trend charts.
  const dc = tree.branches.filter((b) => b.streetCode === 'DC');
  dc[2].base = 0.88;
  dc[2].trend = -0.07;
  dc[4].base = 0.45;
  dc[4].trend = 0.08;
  const by = tree.branches.filter((b) => b.streetCode === 'BY');
  const retired = by[by.length - 1];
  retired.unit.active = false;
  retired.unit.name = retired.unit.name.replace('党支部', '党支部（已撤销）');
  retired.activeUntil = 3;
}
