import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Framework, LocalizedText } from '@pathboard/scoring';

/**
 * One immutable version of a framework (考核方案). `definition` is the validated framework JSON
 * exactly as libs/scoring consumes it, so an old quarter's scores stay reproducible.
 */
@Entity({ name: 'framework' })
@Index('uq_framework_system_code_version', ['code', 'version'], {
  unique: true,
  where: 'district_id IS NULL',
})
@Index('uq_framework_district_code_version', ['districtId', 'code', 'version'], {
  unique: true,
  where: 'district_id IS NOT NULL',
})
@Check('framework_version_check', `"version" > 0`)
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * The owning district; null for a shared read-only system framework (see framework-ownership.ts).
   * No foreign key: framework is a reference table (copied to every node), which may not point into
   * the per-district org_unit (docs/scale-out.md); the district's importFramework sets it from the actor.
   */
  @Column({ name: 'district_id', type: 'uuid', nullable: true })
  districtId!: string | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  definition!: Framework;

  /** Set once a period or assessment uses this version; a locked version is never edited again. */
  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
