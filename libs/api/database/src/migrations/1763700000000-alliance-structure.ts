import type { MigrationInterface, QueryRunner } from 'typeorm';

// Columns every editable table carries: optimistic-locking version and timestamps.
const EDITABLE = `"version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;

/**
 * The alliance structure: alliances (the tenants) and, each carrying alliance_id, their
 * organisations, bodies, action fields, people, memberships and regions. Deleting an alliance
 * deletes everything it owns; deleting a person or an organisation that still has memberships
 * is refused. gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed.
 */
export class AllianceStructure1763700000000 implements MigrationInterface {
  name = 'AllianceStructure1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."body_kind" AS ENUM('STEERING_BOARD', 'FOCUS_GROUP')`);
    await db.query(
      `CREATE TYPE "public"."membership_role" AS ENUM('CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER')`,
    );
    await db.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('MINISTRY', 'EMPLOYMENT_AGENCY', 'CHAMBER', 'UNION', 'EMPLOYER_ASSOCIATION', 'MUNICIPAL_ASSOCIATION', 'UNIVERSITY_RESEARCH', 'WELFARE_ASSOCIATION', 'COMPANY', 'OTHER')`,
    );
    await db.query(`CREATE TYPE "public"."region_kind" AS ENUM('STATE', 'DISTRICT', 'INDEPENDENT_CITY')`);

    await db.query(`CREATE TABLE "alliance" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "slug" character varying(64) NOT NULL,
  "name" character varying(200) NOT NULL,
  "short_name" character varying(80),
  "description" text,
  "state" character varying(80),
  "constituted_on" date,
  ${EDITABLE},
  CONSTRAINT "PK_alliance" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_alliance_slug" UNIQUE ("slug")
)`);

    await db.query(`CREATE TABLE "organisation" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "short_name" character varying(80),
  "kind" "public"."organisation_kind" NOT NULL,
  ${EDITABLE},
  CONSTRAINT "PK_organisation" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_organisation_alliance_name" UNIQUE ("alliance_id", "name"),
  CONSTRAINT "FK_organisation_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);

    await db.query(`CREATE TABLE "body" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "kind" "public"."body_kind" NOT NULL,
  "description" text,
  ${EDITABLE},
  CONSTRAINT "PK_body" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_body_alliance_name" UNIQUE ("alliance_id", "name"),
  CONSTRAINT "FK_body_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    // One steering board per alliance.
    await db.query(
      `CREATE UNIQUE INDEX "UQ_body_one_steering_board" ON "body" ("alliance_id") WHERE "kind" = 'STEERING_BOARD'`,
    );

    await db.query(`CREATE TABLE "action_field" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "title" character varying(200) NOT NULL,
  "description" text,
  "position" integer NOT NULL,
  ${EDITABLE},
  CONSTRAINT "PK_action_field" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_action_field_alliance_title" UNIQUE ("alliance_id", "title"),
  CONSTRAINT "FK_action_field_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);

    await db.query(`CREATE TABLE "body_action_field" (
  "body_id" uuid NOT NULL,
  "action_field_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_body_action_field" PRIMARY KEY ("body_id", "action_field_id"),
  CONSTRAINT "FK_body_action_field_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_body_action_field_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_body_action_field_action_field" FOREIGN KEY ("action_field_id") REFERENCES "action_field"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_body_action_field_action_field_id" ON "body_action_field" ("action_field_id")`);
    await db.query(`CREATE INDEX "IDX_body_action_field_alliance_id" ON "body_action_field" ("alliance_id")`);

    await db.query(`CREATE TABLE "person" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "display_name" character varying(200) NOT NULL,
  ${EDITABLE},
  CONSTRAINT "PK_person" PRIMARY KEY ("id"),
  CONSTRAINT "FK_person_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_person_alliance_id" ON "person" ("alliance_id")`);

    await db.query(`CREATE TABLE "membership" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "body_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "organisation_id" uuid,
  "role" "public"."membership_role" NOT NULL,
  "since" date NOT NULL,
  "until" date,
  ${EDITABLE},
  CONSTRAINT "PK_membership" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_membership_body_person_role_since" UNIQUE ("body_id", "person_id", "role", "since"),
  CONSTRAINT "CHK_membership_period" CHECK ("until" IS NULL OR "until" >= "since"),
  CONSTRAINT "FK_membership_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_membership_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_membership_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_membership_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    // body_id is covered by the unique constraint, whose first column it is.
    await db.query(`CREATE INDEX "IDX_membership_alliance_id" ON "membership" ("alliance_id")`);
    await db.query(`CREATE INDEX "IDX_membership_person_id" ON "membership" ("person_id")`);
    await db.query(`CREATE INDEX "IDX_membership_organisation_id" ON "membership" ("organisation_id")`);

    await db.query(`CREATE TABLE "region" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "kind" "public"."region_kind" NOT NULL,
  "code" character varying(8),
  ${EDITABLE},
  CONSTRAINT "PK_region" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_region_alliance_name" UNIQUE ("alliance_id", "name"),
  CONSTRAINT "UQ_region_alliance_code" UNIQUE ("alliance_id", "code"),
  CONSTRAINT "FK_region_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['region', 'membership', 'person', 'body_action_field', 'action_field', 'body', 'organisation', 'alliance']) {
      await db.query(`DROP TABLE "${table}"`);
    }
    for (const type of ['region_kind', 'organisation_kind', 'membership_role', 'body_kind']) {
      await db.query(`DROP TYPE "public"."${type}"`);
    }
  }
}
