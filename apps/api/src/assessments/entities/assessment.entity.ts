import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { FrameworkEntity } from '../../frameworks/entities/framework.entity';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { Sector } from '../../org-units/org-unit.enums';
import { PeriodEntity } from '../../periods/entities/period.entity';

export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One branch × one period × one framework version. `version` is the optimistic-lock counter:
 * every mutation bumps it with `UPDATE … WHERE version = expected`, never through the ORM's save.
 */
@Entity({ name: 'assessment' })
@Unique('uq_assessment_branch_period', ['branchId', 'periodId', 'districtId'])
@Index('ix_assessment_district_period', ['districtId', 'periodId'])
@Index('ix_assessment_period_status', ['periodId', 'status'])
// The review queue in submission order, and its counts by status (quality/sql/review-queue.sql.ts).
@Index('ix_assessment_submitted', ['districtId', 'periodId', 'submittedAt', 'status'])
// A closed quarter's peer groups by their snapshot parent (quality/sql/quality-set.sql.ts).
@Index('ix_assessment_unit_parent', ['districtId', 'periodId', 'unitParentId'], {
  where: 'unit_parent_id IS NOT NULL',
})
@Check('assessment_status_check', `"status" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')`)
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Tenant and distribution key: the district the branch belongs to; part of every key. */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use district_id in code. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    {
      name: 'district_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'assessment_district_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  district?: OrgUnitEntity;

  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use branch_id in code. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'branch_id', referencedColumnName: 'id', foreignKeyConstraintName: 'assessment_branch_id_fkey' },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  branch?: OrgUnitEntity;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use period_id in code. */
  @ManyToOne(() => PeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'period_id', referencedColumnName: 'id', foreignKeyConstraintName: 'assessment_period_id_fkey' },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  period?: PeriodEntity;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use framework_id in code. */
  @ManyToOne(() => FrameworkEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'assessment_framework_id_fkey' })
  framework?: FrameworkEntity;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: AssessmentStatus;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Whether the first submission came at or before the period deadline; null until submitted. */
  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime!: boolean | null;

  /** When the branch first submitted this quarter (on time against an extension: docs/metrics.md). */
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt!: Date | null;

  // The branch as it stood when the period closed (parent, path, sector, members, active); NULL while
  // the period is open, when the live tree counts. Closed quarters' figures read these (docs/metrics.md).
  @Column({ name: 'unit_parent_id', type: 'uuid', nullable: true })
  unitParentId!: string | null;

  @Column({ name: 'unit_path', type: 'text', nullable: true })
  unitPath!: string | null;

  @Column({ name: 'unit_sector', type: 'enum', enum: Sector, enumName: 'org_unit_sector', nullable: true })
  unitSector!: Sector | null;

  @Column({ name: 'unit_member_count', type: 'integer', nullable: true })
  unitMemberCount!: number | null;

  @Column({ name: 'unit_active', type: 'boolean', nullable: true })
  unitActive!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
