import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnitKind, Sector } from './org-unit.enums';

/**
 * An org unit. `path` is the materialized path of ids from the district down to this unit, with
 * slashes around each id: `/<districtId>/<streetId>/<branchId>/`. Subtree of U: `path LIKE U.path || '%'`
 * (index with text_pattern_ops). `districtId` is the tenant key (a district's own id for itself).
 */
@Entity({ name: 'org_unit' })
export class OrgUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Indexed with text_pattern_ops in the migration (not expressible as a decorator). */
  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: OrgUnitKind, enumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  @Column({ type: 'enum', enum: Sector, enumName: 'org_unit_sector', nullable: true })
  sector!: Sector | null;

  @Column({ name: 'member_count', type: 'integer', default: 0 })
  memberCount!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Depth of a unit from its path: district 1, street 2, branch 3, ... */
export function pathDepth(path: string): number {
  return path.split('/').filter(Boolean).length;
}
