import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import type { AssessmentStatus } from './assessment.entity';

/** The status history of an assessment (who moved it, from what, to what, and why). */
@Entity({ name: 'assessment_status_change' })
@Index('ix_assessment_status_change_assessment', ['assessmentId', 'at'])
@Index('ix_assessment_status_change_district', ['districtId'])
export class AssessmentStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use assessment_id in code. */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'assessment_status_change_assessment_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  assessment?: AssessmentEntity;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  /** null for the creation of the assessment. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: AssessmentStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: AssessmentStatus;

  /** null when the system made the change (period opening, demo seeding). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** Indicators a RETURN asks evidence (佐证材料) for; empty for every other change. */
  @Column({ name: 'evidence_requested', type: 'text', array: true, default: () => "'{}'" })
  evidenceRequested!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
