import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import type { ScoreKind } from './assessment-score.entity';
import { numericTransformer } from './numeric.transformer';

/** One path's figures of a stored score, normalized so path means are plain SQL aggregates. */
@Entity({ name: 'assessment_path_score' })
@Check('assessment_path_score_kind_check', `"kind" IN ('SELF', 'OFFICIAL')`)
@Index('ix_assessment_path_score_district_period', ['districtId', 'periodId', 'kind', 'pathCode'])
export class AssessmentPathScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use assessment_id in code. */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'assessment_path_score_assessment_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  assessment?: AssessmentEntity;

  @PrimaryColumn({ type: 'text' })
  kind!: ScoreKind;

  @PrimaryColumn({ name: 'path_code', type: 'text' })
  pathCode!: string;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  /** Path points on the path's own scale (maxPoints). */
  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numericTransformer })
  points!: number;

  /** points / maxPoints × 100. */
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericTransformer })
  percent!: number;
}
