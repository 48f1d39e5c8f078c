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
} from 'typeorm';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';

/** One evidence file attached to an indicator value; the bytes are in the BlobStore under `sha256`. */
@Entity({ name: 'evidence_file' })
@Index('ix_evidence_file_assessment', ['assessmentId', 'indicatorCode'])
@Index('ix_evidence_file_sha256', ['sha256'])
@Index('ix_evidence_file_district', ['districtId'])
@Check('evidence_file_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('evidence_file_size_check', `size_bytes > 0`)
@Index('ix_evidence_file_rectification', ['rectificationItemId'])
@Check(
  'evidence_file_rectification_check',
  `rectification_event_id IS NULL OR rectification_item_id IS NOT NULL`,
)
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** Declared for the FK only; use assessment_id in code. */
  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'evidence_file_assessment_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  assessment?: AssessmentEntity;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType!: string;

  /** Display only: never used in a storage path or a header without encoding. */
  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  /** EXIF DateTimeOriginal of a photo (the camera's wall-clock date); null when absent. */
  @Column({ name: 'photo_taken_on', type: 'date', nullable: true })
  photoTakenOn!: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  /** Set for a file of a rectification answer (整改佐证); such files are not listed on the value. */
  @Column({ name: 'rectification_item_id', type: 'uuid', nullable: true })
  rectificationItemId!: string | null;

  /** The ANSWER event (rectification_event) the file was sent with; null while it waits. */
  @Column({ name: 'rectification_event_id', type: 'uuid', nullable: true })
  rectificationEventId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
