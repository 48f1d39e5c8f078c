import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import type { IndicatorInput } from '@pathboard/scoring';

/** A branch's self value and the reviewer's adjusted value for one indicator of one assessment. */
@Entity({ name: 'indicator_value' })
@Index('ix_indicator_value_district', ['districtId'])
export class IndicatorValueEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use assessment_id in code. */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'indicator_value_assessment_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  assessment?: AssessmentEntity;

  @PrimaryColumn({ name: 'indicator_code', type: 'text' })
  indicatorCode!: string;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ name: 'self_value', type: 'jsonb', nullable: true })
  selfValue!: IndicatorInput | null;

  @Column({ name: 'reviewed_value', type: 'jsonb', nullable: true })
  reviewedValue!: IndicatorInput | null;

  /** Why the reviewer's value differs from the branch's (调整理由); null without an adjustment. */
  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason!: string | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
