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
} from 'typeorm';
import { FrameworkEntity } from '../../frameworks/entities/framework.entity';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';

export const PERIOD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** A quarter (`2026Q1`) of one district, scored against one framework version. */
@Entity({ name: 'period' })
@Unique('uq_period_district_code', ['districtId', 'code'])
@Index('ix_period_district_year_quarter', ['districtId', 'year', 'quarter'])
@Check('period_quarter_check', `"quarter" BETWEEN 1 AND 4`)
@Check('period_status_check', `"status" IN ('OPEN', 'CLOSED')`)
export class PeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use district_id in code. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'district_id', referencedColumnName: 'id', foreignKeyConstraintName: 'period_district_id_fkey' },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  district?: OrgUnitEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  quarter!: number;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  /** Declared for the FK only (keeps migration:generate diffs empty); use framework_id in code. */
  @ManyToOne(() => FrameworkEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'period_framework_id_fkey' })
  framework?: FrameworkEntity;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'text', default: 'OPEN' })
  status!: PeriodStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
