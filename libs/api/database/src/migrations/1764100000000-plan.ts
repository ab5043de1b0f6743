import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Bündnisplan: one plan per alliance, its versions (DRAFT → SUBMITTED → APPROVED), the
 * indicators and recommendations each version shows in order, and the sign-offs of the steering
 * board's chair and deputy. A partial unique index keeps at most one unapproved version per plan,
 * even when two people start one at once. An approved version keeps its indicators' figures in
 * frozen_indicators, so the published plan does not change when the figures are updated.
 */
export class Plan1764100000000 implements MigrationInterface {
  name = 'Plan1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "plan_version_state" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED')`);
    await db.query(`CREATE TYPE "sign_off_role" AS ENUM ('CHAIR', 'DEPUTY_CHAIR')`);
    await db.query(`CREATE TABLE "alliance_plan" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "title" character varying(200) NOT NULL,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_alliance_plan" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_alliance_plan_alliance" UNIQUE ("alliance_id"),
  CONSTRAINT "FK_alliance_plan_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "plan_version" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "plan_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "number" integer NOT NULL,
  "state" "plan_version_state" NOT NULL,
  "title" character varying(200) NOT NULL,
  "situation_assessment" text NOT NULL DEFAULT '',
  "initiatives_text" text NOT NULL DEFAULT '',
  "commitments" text NOT NULL DEFAULT '',
  "submitted_at" TIMESTAMP WITH TIME ZONE,
  "approved_at" TIMESTAMP WITH TIME ZONE,
  "frozen_indicators" jsonb,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_plan_version" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_plan_version_plan_number" UNIQUE ("plan_id", "number"),
  CONSTRAINT "FK_plan_version_plan" FOREIGN KEY ("plan_id") REFERENCES "alliance_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_plan_version_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_plan_version_alliance_id" ON "plan_version" ("alliance_id")`);
    await db.query(`CREATE UNIQUE INDEX "UQ_plan_version_one_unapproved" ON "plan_version" ("plan_id") WHERE "state" <> 'APPROVED'`);
    await db.query(`CREATE TABLE "plan_version_indicator" (
  "plan_version_id" uuid NOT NULL,
  "indicator_id" uuid NOT NULL,
  "position" integer NOT NULL,
  CONSTRAINT "PK_plan_version_indicator" PRIMARY KEY ("plan_version_id", "indicator_id"),
  CONSTRAINT "FK_plan_version_indicator_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_plan_version_indicator_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_plan_version_indicator_indicator_id" ON "plan_version_indicator" ("indicator_id")`);
    await db.query(`CREATE TABLE "plan_version_recommendation" (
  "plan_version_id" uuid NOT NULL,
  "recommendation_id" uuid NOT NULL,
  "position" integer NOT NULL,
  CONSTRAINT "PK_plan_version_recommendation" PRIMARY KEY ("plan_version_id", "recommendation_id"),
  CONSTRAINT "FK_plan_version_recommendation_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_plan_version_recommendation_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(
      `CREATE INDEX "IDX_plan_version_recommendation_recommendation_id" ON "plan_version_recommendation" ("recommendation_id")`,
    );
    await db.query(`CREATE TABLE "plan_version_sign_off" (
  "plan_version_id" uuid NOT NULL,
  "role" "sign_off_role" NOT NULL,
  "person_id" uuid NOT NULL,
  "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_plan_version_sign_off" PRIMARY KEY ("plan_version_id", "role"),
  CONSTRAINT "UQ_plan_version_sign_off_person" UNIQUE ("plan_version_id", "person_id"),
  CONSTRAINT "FK_plan_version_sign_off_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_plan_version_sign_off_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_plan_version_sign_off_person_id" ON "plan_version_sign_off" ("person_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "plan_version_sign_off"`);
    await db.query(`DROP TABLE "plan_version_recommendation"`);
    await db.query(`DROP TABLE "plan_version_indicator"`);
    await db.query(`DROP TABLE "plan_version"`);
    await db.query(`DROP TABLE "alliance_plan"`);
    await db.query(`DROP TYPE "sign_off_role"`);
    await db.query(`DROP TYPE "plan_version_state"`);
  }
}
