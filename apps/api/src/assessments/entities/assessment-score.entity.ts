import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import type { ScoreResult } from '@pathboard/scoring';
import { numericArrayTransformer, numericTransformer } from './numeric.transformer';

export const SCORE_KINDS = ['SELF', 'OFFICIAL'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

/**
 * The stored score of an assessment, one row per kind. period_id and branch_id are copied from the
 * assessment (they never change) so analytics can aggregate a period without a join.
 */
@Entity({ name: 'assessment_score' })
@Check('assessment_score_kind_check', `"kind" IN ('SELF', 'OFFICIAL')`)
@Index('ix_assessment_score_district_period', ['districtId', 'periodId', 'kind'])
export class AssessmentScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use assessment_id in code. */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'assessment_score_assessment_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  assessment?: AssessmentEntity;

  @PrimaryColumn({ type: 'text' })
  kind!: ScoreKind;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numericTransformer })
  total!: number;

  @Column({ name: 'grade_code', type: 'text' })
  gradeCode!: string;

  @Column({ type: 'boolean', default: false })
  veto!: boolean;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer })
  completeness!: number;

  /** Each path's percent (0–100), in the order of the framework's paths: the scoreboard reads these. */
  @Column({
    name: 'path_percents',
    type: 'numeric',
    precision: 6,
    scale: 2,
    array: true,
    default: () => "'{}'",
    transformer: numericArrayTransformer,
  })
  pathPercents!: number[];

  /** The full ScoreResult of libs/scoring: every indicator's input, rule, points and reason. */
  @Column({ type: 'jsonb' })
  explanation!: ScoreResult;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}
