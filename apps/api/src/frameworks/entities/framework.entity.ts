import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Framework, LocalizedText } from '@pathboard/scoring';

/**
 * One immutable version of a framework (考核方案). `definition` is the validated framework JSON
 * exactly as libs/scoring consumes it, so an old quarter's scores stay reproducible.
 */
@Entity({ name: 'framework' })
@Unique('uq_framework_code_version', ['code', 'version'])
@Check('framework_version_check', `"version" > 0`)
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
