import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const PERIOD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** A quarter (`2026Q1`) of one district, scored against one framework version. */
@Entity({ name: 'period' })
@Unique('uq_period_district_code', ['districtId', 'code'])
@Index('ix_period_district_year_quarter', ['districtId', 'year', 'quarter'])
export class PeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  quarter!: number;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'text', default: 'OPEN' })
  status!: PeriodStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
