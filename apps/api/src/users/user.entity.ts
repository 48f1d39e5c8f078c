import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { Role } from '../auth/role.enum';

@Entity({ name: 'app_user' })
// Per district: a login names its district (docs/scale-out.md "Logins"), and a taken name in one
// district says nothing about another's.
@Unique('uq_app_user_district_username', ['districtId', 'username'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  username!: string;

  /** argon2id hash. Never leaves the service layer. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Index('ix_app_user_scope_unit')
  @Column({ name: 'scope_unit_id', type: 'uuid' })
  scopeUnitId!: string;

  /** Declared for the FK only (schema diffs); load by id through scopeUnitId. */
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'scope_unit_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'app_user_scope_unit_id_fkey',
    },
    { name: 'district_id', referencedColumnName: 'districtId' },
  ])
  scopeUnit?: OrgUnitEntity;

  /** Tenant and distribution key: part of the primary key (docs/scale-out.md). */
  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Signed into each token as `sv`; bumped on a password change and on deactivation to revoke older tokens. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion!: number;

  /** Where notifications are mailed when SMTP is configured (the user sets it). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** The user's own opt-out of notification e-mail (on by default). */
  @Column({ name: 'email_notifications', type: 'boolean', default: true })
  emailNotifications!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
