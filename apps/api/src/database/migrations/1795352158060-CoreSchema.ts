import { MigrationInterface, QueryRunner } from 'typeorm';

/** Core tables: org units (materialized path tree), users, audit events. */
export class CoreSchema1795352158060 implements MigrationInterface {
  name = 'CoreSchema1795352158060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "org_unit_kind" AS ENUM ('DISTRICT', 'STREET', 'BRANCH')`);
    await q.query(
      `CREATE TYPE "org_unit_sector" AS ENUM ('RURAL', 'COMMUNITY', 'ORGAN', 'SOE', 'INSTITUTION', 'NEW_ORG')`,
    );
    await q.query(`CREATE TYPE "user_role" AS ENUM ('ADMIN', 'REVIEWER', 'BRANCH', 'VIEWER')`);
    await q.query(`
      CREATE TABLE "org_unit" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "parent_id" uuid REFERENCES "org_unit" ("id") ON DELETE RESTRICT,
        "path" text NOT NULL,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "kind" "org_unit_kind" NOT NULL,
        "sector" "org_unit_sector",
        "member_count" integer NOT NULL DEFAULT 0 CHECK ("member_count" >= 0),
        "active" boolean NOT NULL DEFAULT true,
        "district_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_org_unit_code" UNIQUE ("code"),
        CONSTRAINT "ck_org_unit_path" CHECK ("path" LIKE '/%/')
      )`);
    await q.query(`CREATE INDEX "ix_org_unit_path" ON "org_unit" ("path" text_pattern_ops)`);
    await q.query(`CREATE INDEX "ix_org_unit_parent" ON "org_unit" ("parent_id")`);
    await q.query(`CREATE INDEX "ix_org_unit_district" ON "org_unit" ("district_id")`);
    await q.query(`
      CREATE TABLE "app_user" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "username" text NOT NULL,
        "password_hash" text NOT NULL,
        "display_name" text NOT NULL,
        "role" "user_role" NOT NULL,
        "scope_unit_id" uuid NOT NULL REFERENCES "org_unit" ("id") ON DELETE RESTRICT,
        "district_id" uuid NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_app_user_username" UNIQUE ("username")
      )`);
    await q.query(`CREATE INDEX "ix_app_user_scope_unit" ON "app_user" ("scope_unit_id")`);
    await q.query(`
      CREATE TABLE "audit_event" (
        "id" bigserial PRIMARY KEY,
        "district_id" uuid,
        "actor_id" uuid,
        "action" text NOT NULL,
        "target_type" text NOT NULL,
        "target_id" text,
        "before" jsonb,
        "after" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_audit_event_district_created" ON "audit_event" ("district_id", "created_at")`,
    );
    await q.query(`CREATE INDEX "ix_audit_event_target" ON "audit_event" ("target_type", "target_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_event"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TABLE "org_unit"`);
    await q.query(`DROP TYPE "user_role"`);
    await q.query(`DROP TYPE "org_unit_sector"`);
    await q.query(`DROP TYPE "org_unit_kind"`);
  }
}
