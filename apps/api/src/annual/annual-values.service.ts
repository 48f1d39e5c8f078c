import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ruleRole,
  validateYear,
  type Framework,
  type Indicator,
  type IndicatorInput,
  type Sector,
} from '@pathboard/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, notFound } from '../common/errors';
import { ANNUAL_PERIODS_SQL, type AnnualPeriodRow } from '../analytics/sql/annual.sql';
import { bulkInsert, jsonParam } from '../assessments/sql/bulk-insert';
import { lockOpenYearForWrite, yearComplete } from '../periods/period-lock';
import { loadYear } from './annual-year.store';
import { annualGrades, AnnualService } from './annual.service';
import type { AnnualClaimToReviewModel, AnnualItemsModel } from './annual-values.types';
import {
  ANNUAL_CLAIMS_TO_REVIEW_SQL,
  AnnualReviewState,
  AWAITING_REVIEW_REASON,
  reviewState,
  type AnnualClaimsToReviewRow,
} from './annual-review-state';
import type { AnnualSelfValueInput, AnnualValueInput } from './dto/annual-values.input';

const READERS = [Role.ADMIN, Role.REVIEWER, Role.VIEWER, Role.BRANCH] as const;
const REVIEWERS = [Role.ADMIN, Role.REVIEWER] as const;

interface BranchRow {
  id: string;
  path: string;
  kind: string;
  sector: string | null;
  district_id: string;
}

interface StoredValue {
  indicator_code: string;
  self_value: unknown;
  reviewed_value: unknown;
  reviewed_at: Date | null;
  review_pending: boolean;
  evidence: string | null;
}

/** In the save's upsert: the branch sends the claim (value and note) it already has. */
const CLAIM_UNCHANGED = `annual_value.self_value IS NOT DISTINCT FROM EXCLUDED.self_value
  AND annual_value.evidence IS NOT DISTINCT FROM EXCLUDED.evidence`;

/** annual_value's key: the first columns of both writes, and their conflict target. */
const VALUE_KEY = [
  { name: 'district_id' },
  { name: 'year' },
  { name: 'branch_id' },
  { name: 'indicator_code' },
];
const ON_VALUE_KEY = `ON CONFLICT (${VALUE_KEY.map((c) => c.name).join(', ')})`;

/**
 * Annual-only items (年度加分 for 表彰, 年度扣分, annual vetoes; docs/domain.md#annual): entered once a
 * year per branch. The branch enters its values (claims, with a note); a committee reviewer (REVIEWER
 * or ADMIN in scope) sets the reviewed values, which are the official ones the year counts
 * (annual-figures.ts). Every write checks access and the year inside its transaction, under the
 * year's period locks (period-lock.ts lockOpenYearForWrite): a closed (frozen) year refuses writes.
 */
@Injectable()
export class AnnualValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly annual: AnnualService,
  ) {}

  /** A branch's annual items for a year: the branch itself, or committee roles in scope. */
  async items(user: AuthUser, branchId: string, year: number): Promise<AnnualItemsModel> {
    const action = 'annual.items';
    this.access.assertRole(user, READERS, action);
    const branch = await this.branch(this.dataSource.manager, user, branchId, action, 'read');
    return this.itemsOf(branch, year);
  }

  /**
   * REVIEWER/ADMIN: the branches of their scope whose annual claims of the year wait for a review (never
   * reviewed, or changed since), oldest first. Out of scope is never listed.
   */
  async claimsToReview(user: AuthUser, year: number): Promise<AnnualClaimToReviewModel[]> {
    this.access.assertRole(user, REVIEWERS, 'annual.claimsToReview');
    // A closed year's claims can no longer be reviewed (lockOpenYearForWrite refuses): none are listed.
    const periods: { quarter: number; status: string }[] = await this.dataSource.query(
      `SELECT quarter, status FROM period WHERE district_id = $1 AND year = $2`,
      [user.districtId, year],
    );
    if (yearComplete(periods)) return [];
    const rows: AnnualClaimsToReviewRow[] = await this.dataSource.query(ANNUAL_CLAIMS_TO_REVIEW_SQL, [
      user.districtId,
      year,
      this.access.scopeFilter(user),
    ]);
    return rows.map((r) => ({
      branchId: r.branch_id,
      branchCode: r.code,
      branchName: r.name,
      pending: r.pending,
      changed: r.changed,
      claimedAt: new Date(r.claimed_at),
    }));
  }

  /** BRANCH: its own annual values (claims); `value: null` clears one. */
  async save(
    user: AuthUser,
    branchId: string,
    year: number,
    values: AnnualSelfValueInput[],
  ): Promise<AnnualItemsModel> {
    const action = 'annual.save';
    this.access.assertRole(user, [Role.BRANCH], action);
    const inputs = uniqueByCode(values);
    const branch = await this.dataSource.transaction(async (m) => {
      const unit = await this.branch(m, user, branchId, action, 'read');
      const framework = await this.writableYear(m, unit, year, inputs);
      const before = await this.stored(m, unit, year, inputs);
      await bulkInsert(
        m,
        'annual_value',
        [
          ...VALUE_KEY,
          { name: 'self_value', cast: 'jsonb' },
          { name: 'evidence' },
          { name: 'review_pending', cast: 'boolean' },
        ],
        inputs.map((v) => [
          unit.district_id,
          year,
          unit.id,
          v.indicatorCode,
          jsonParam(v.value),
          v.evidence?.trim() || null,
          v.value !== null && v.value !== undefined,
        ]),
        // A changed claim waits for a reviewer (review_pending, the one definition): a new claim, or any
        // change after a review, a withdrawn one included; the reviewed value stays the official one.
        // Saving the same claim again changes nothing.
        `${ON_VALUE_KEY} DO UPDATE
           SET self_value = EXCLUDED.self_value, evidence = EXCLUDED.evidence,
               review_pending = CASE WHEN ${CLAIM_UNCHANGED} THEN annual_value.review_pending
                                     ELSE EXCLUDED.review_pending OR annual_value.reviewed_at IS NOT NULL END,
               updated_at = CASE WHEN ${CLAIM_UNCHANGED} THEN annual_value.updated_at ELSE now() END`,
      );
      await this.record(m, user, unit, year, 'ANNUAL_VALUES_SAVED', framework, before, {
        values: Object.fromEntries(
          inputs.map((v) => [v.indicatorCode, { self: v.value ?? null, evidence: v.evidence ?? null }]),
        ),
      });
      return unit;
    });
    return this.itemsOf(branch, year);
  }

  /** REVIEWER/ADMIN in scope: the reviewed (official) annual values; `value: null` counts the item as missing. */
  async review(
    user: AuthUser,
    branchId: string,
    year: number,
    values: AnnualValueInput[],
  ): Promise<AnnualItemsModel> {
    const action = 'annual.review';
    this.access.assertRole(user, REVIEWERS, action);
    const inputs = uniqueByCode(values);
    const branch = await this.dataSource.transaction(async (m) => {
      const unit = await this.branch(m, user, branchId, action, 'scope');
      const framework = await this.writableYear(m, unit, year, inputs);
      const before = await this.stored(m, unit, year, inputs);
      await bulkInsert(
        m,
        'annual_value',
        [...VALUE_KEY, { name: 'reviewed_value', cast: 'jsonb' }, { name: 'reviewed_by' }],
        inputs.map((v) => [unit.district_id, year, unit.id, v.indicatorCode, jsonParam(v.value), user.id]),
        `${ON_VALUE_KEY} DO UPDATE
           SET reviewed_value = EXCLUDED.reviewed_value, reviewed_by = EXCLUDED.reviewed_by,
               reviewed_at = now(), review_pending = false, updated_at = now()`,
      );
      // A row inserted by this statement got no reviewed_at from the column list above.
      await m.query(
        `UPDATE annual_value SET reviewed_at = now()
          WHERE district_id = $1 AND year = $2 AND branch_id = $3 AND indicator_code = ANY($4::text[]) AND reviewed_at IS NULL`,
        [unit.district_id, year, unit.id, inputs.map((v) => v.indicatorCode)],
      );
      await this.record(m, user, unit, year, 'ANNUAL_VALUES_REVIEWED', framework, before, {
        values: Object.fromEntries(inputs.map((v) => [v.indicatorCode, { reviewed: v.value ?? null }])),
      });
      return unit;
    });
    return this.itemsOf(branch, year);
  }

  /**
   * Under the year's period locks: refuses a closed year, and every invalid value at once (naming the
   * indicator and the problem); returns the year's framework. Nothing is written on a refusal.
   */
  private async writableYear(
    m: EntityManager,
    unit: BranchRow,
    year: number,
    inputs: AnnualValueInput[],
  ): Promise<Framework> {
    await lockOpenYearForWrite(m, unit.district_id, year);
    const [period]: AnnualPeriodRow[] = await m.query(ANNUAL_PERIODS_SQL, [unit.district_id, year]);
    const framework = period.definition as Framework;
    const values = Object.fromEntries(
      inputs.map((v) => [v.indicatorCode, (v.value ?? null) as IndicatorInput]),
    );
    const issues = validateYear(framework, [], values, { sector: sectorOf(unit) });
    if (issues.length) {
      throw badUserInput(issues.map((i) => i.message.en).join('; '), {
        reason: 'INVALID_VALUES',
        field: 'values',
        issues,
        messageZh: issues.map((i) => i.message.zh).join('；'),
      });
    }
    return framework;
  }

  private async itemsOf(unit: BranchRow, year: number): Promise<AnnualItemsModel> {
    const data = await loadYear(this.dataSource, unit.district_id, year);
    if (!data) throw notFound('Year', year);
    const stored = new Map(
      (await this.stored(this.dataSource.manager, unit, year, null)).map((r) => [r.indicator_code, r]),
    );
    const scores = new Map(
      (data.branches.find((b) => b.branchId === unit.id)?.result.indicators ?? []).map((s) => [s.code, s]),
    );
    const sector = sectorOf(unit);
    const indicators: Indicator[] = data.framework.annual?.indicators ?? [];
    return {
      branchId: unit.id,
      year,
      status: data.status,
      writable: !yearComplete(data.periods),
      grades: annualGrades(data.framework),
      items: indicators.map((ind) => {
        const row = stored.get(ind.code);
        const score = scores.get(ind.code);
        const state = reviewState(row?.review_pending ?? false, Boolean(row?.reviewed_at));
        return {
          code: ind.code,
          name: ind.name,
          indicator: ind,
          role: ruleRole(ind.rule),
          applicable: !sector || !ind.sectors || ind.sectors.includes(sector),
          selfValue: row?.self_value ?? null,
          evidence: row?.evidence ?? null,
          reviewedValue: row?.reviewed_value ?? null,
          reviewedAt: row?.reviewed_at ? new Date(row.reviewed_at) : null,
          reviewState: state,
          points: score?.points ?? 0,
          vetoTriggered: score?.vetoTriggered ?? false,
          reason:
            state === AnnualReviewState.PENDING
              ? AWAITING_REVIEW_REASON
              : (score?.reason ?? { zh: '尚无本年度考评结果', en: 'no annual result yet' }),
        };
      }),
      result: await this.annual.rankedBranch(unit.district_id, unit.id, year, data),
    };
  }

  /**
   * The branch row, checked: 'read' the branch itself or committee roles in scope; 'scope' in scope
   * only. Read in the caller's district (one shard under Citus, docs/scale-out.md): another
   * district's branch is not found at all and answers as a missing one, with nothing to audit.
   */
  private async branch(
    m: EntityManager,
    user: AuthUser,
    branchId: string,
    action: string,
    mode: 'read' | 'scope',
  ): Promise<BranchRow> {
    const [row]: BranchRow[] = await m.query(
      `SELECT id, path, kind, sector, district_id FROM org_unit WHERE id = $1 AND district_id = $2`,
      [branchId, user.districtId],
    );
    if (!row || row.kind !== 'BRANCH') throw notFound('OrgUnit', branchId);
    if (mode === 'read') this.access.assertCanSeeBranchValues(user, row, action, missingUnit(branchId));
    else this.access.assertUnitInScope(user, row, action, missingUnit(branchId));
    return row;
  }

  private async stored(
    m: EntityManager,
    unit: BranchRow,
    year: number,
    inputs: AnnualValueInput[] | null,
  ): Promise<StoredValue[]> {
    return m.query(
      `SELECT indicator_code, self_value, reviewed_value, reviewed_at, review_pending, evidence FROM annual_value
        WHERE district_id = $1 AND year = $2 AND branch_id = $3
          AND ($4::text[] IS NULL OR indicator_code = ANY($4::text[]))`,
      [unit.district_id, year, unit.id, inputs ? inputs.map((v) => v.indicatorCode) : null],
    );
  }

  private async record(
    m: EntityManager,
    user: AuthUser,
    unit: BranchRow,
    year: number,
    action: string,
    framework: Framework,
    before: StoredValue[],
    after: object,
  ): Promise<void> {
    await this.audit.record(m, {
      districtId: unit.district_id,
      actorId: user.id,
      action,
      targetType: 'AnnualValues',
      targetId: `${unit.id}/${year}`,
      before: {
        values: Object.fromEntries(
          before.map((r) => [r.indicator_code, { self: r.self_value, reviewed: r.reviewed_value }]),
        ),
      },
      after: { framework: `${framework.code}@${framework.version}`, ...after },
    });
  }
}

const sectorOf = (unit: BranchRow) => (unit.sector ?? undefined) as Sector | undefined;

/** The last entry wins when an item is listed twice. */
function uniqueByCode<T extends { indicatorCode: string }>(values: T[]): T[] {
  return [...new Map(values.map((v) => [v.indicatorCode, v])).values()];
}
