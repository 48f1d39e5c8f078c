import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One branch × one period × one framework version. `version` is the optimistic-lock counter:
 * every mutation bumps it with `UPDATE … WHERE version = expected`, never through the ORM's save.
 */
@Entity({ name: 'assessment' })
@Unique('uq_assessment_branch_period', ['branchId', 'periodId'])
@Index('ix_assessment_district_period', ['districtId', 'periodId'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Tenant key: the district the branch belongs to. */
  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: AssessmentStatus;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Whether the (last) submission came before the period deadline; null until submitted. */
  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
