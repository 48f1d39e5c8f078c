import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';

/**
 * An annual-only item's value (年度加分, 年度扣分, annual veto) of one branch's year: the branch's
 * claim and the reviewer's decision, the official one (migration 1795600000000-annual-values.ts).
 * Written with set-based SQL by annual-values.service.ts; declared so the schema stays checked.
 */
@Entity({ name: 'annual_value' })
@Check('annual_value_year_check', `"year" BETWEEN 2000 AND 2100`)
/** The reviewers' queue (annualClaimsToReview): a district's year's pending claims. */
@Index('ix_annual_value_review_pending', ['districtId', 'year'], { where: 'review_pending' })
export class AnnualValueEntity {
  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use district_id in code. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    {
      name: 'district_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'annual_value_district_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  district?: OrgUnitEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  /** Declared for the FK only; use branch_id in code. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    {
      name: 'branch_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'annual_value_branch_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  branch?: OrgUnitEntity;

  @PrimaryColumn({ name: 'indicator_code', type: 'text' })
  indicatorCode!: string;

  @Column({ name: 'self_value', type: 'jsonb', nullable: true })
  selfValue!: unknown;

  @Column({ name: 'reviewed_value', type: 'jsonb', nullable: true })
  reviewedValue!: unknown;

  /** When a committee reviewer decided; null: not official yet. */
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  /**
   * The branch's claim waits for a reviewer: never reviewed (待审核), or changed since the review
   * (已修改，待复核; reviewed_value stays the official one). Set by a save that changes the claim,
   * cleared by a review (migration 1795630000000).
   */
  @Column({ name: 'review_pending', type: 'boolean', default: false })
  reviewPending!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
