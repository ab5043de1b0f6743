import type { MigrationInterface, QueryRunner } from 'typeorm';

const EDITABLE = `"version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;

/**
 * Recommendations (Handlungsempfehlungen) of the focus groups: the current content, its addressees,
 * cited indicators and co-authors; every saved revision; the workflow's transitions; comment threads
 * and support. Everything hangs on its recommendation and goes with it (and with the alliance). The
 * bodies, action fields, organisations, indicators and people a recommendation names are not
 * deleted while it names them.
 */
export class Recommendations1764000000000 implements MigrationInterface {
  name = 'Recommendations1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."recommendation_state" AS ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADOPTED', 'REJECTED', 'WITHDRAWN')`,
    );
    await db.query(`CREATE TYPE "public"."recommendation_action" AS ENUM('SUBMIT', 'RETURN', 'APPROVE', 'REJECT', 'WITHDRAW', 'ADOPT')`);

    await db.query(`CREATE TABLE "recommendation" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "focus_group_id" uuid NOT NULL,
  "action_field_id" uuid NOT NULL,
  "state" "public"."recommendation_state" NOT NULL,
  "title" character varying(200) NOT NULL,
  "problem" text NOT NULL,
  "measure" text NOT NULL,
  "addressee_kinds" "public"."organisation_kind" array NOT NULL,
  "expected_effect" text NOT NULL,
  "time_frame" character varying(200) NOT NULL,
  "cost_notes" text,
  "revision" integer NOT NULL,
  "created_by_person_id" uuid NOT NULL,
  ${EDITABLE},
  CONSTRAINT "PK_recommendation" PRIMARY KEY ("id"),
  CONSTRAINT "FK_recommendation_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_focus_group" FOREIGN KEY ("focus_group_id") REFERENCES "body"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_action_field" FOREIGN KEY ("action_field_id") REFERENCES "action_field"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_created_by" FOREIGN KEY ("created_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    // The alliance's list, newest change first (scanned backwards); a group's list and review queue by state.
    await db.query(`CREATE INDEX "IDX_recommendation_alliance_updated" ON "recommendation" ("alliance_id", "updated_at", "id")`);
    await db.query(`CREATE INDEX "IDX_recommendation_focus_group_state" ON "recommendation" ("focus_group_id", "state")`);
    await db.query(`CREATE INDEX "IDX_recommendation_action_field_id" ON "recommendation" ("action_field_id")`);
    await db.query(`CREATE INDEX "IDX_recommendation_created_by_person_id" ON "recommendation" ("created_by_person_id")`);

    await db.query(`CREATE TABLE "recommendation_addressee" (
  "recommendation_id" uuid NOT NULL,
  "organisation_id" uuid NOT NULL,
  CONSTRAINT "PK_recommendation_addressee" PRIMARY KEY ("recommendation_id", "organisation_id"),
  CONSTRAINT "FK_recommendation_addressee_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_addressee_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_addressee_organisation_id" ON "recommendation_addressee" ("organisation_id")`);

    await db.query(`CREATE TABLE "recommendation_indicator" (
  "recommendation_id" uuid NOT NULL,
  "indicator_id" uuid NOT NULL,
  "position" integer NOT NULL,
  CONSTRAINT "PK_recommendation_indicator" PRIMARY KEY ("recommendation_id", "indicator_id"),
  CONSTRAINT "FK_recommendation_indicator_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_indicator_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_indicator_indicator_id" ON "recommendation_indicator" ("indicator_id")`);

    await db.query(`CREATE TABLE "recommendation_author" (
  "recommendation_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "since" TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT "PK_recommendation_author" PRIMARY KEY ("recommendation_id", "person_id"),
  CONSTRAINT "FK_recommendation_author_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_author_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_author_person_id" ON "recommendation_author" ("person_id")`);

    await db.query(`CREATE TABLE "recommendation_revision" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "recommendation_id" uuid NOT NULL,
  "number" integer NOT NULL,
  "title" character varying(200) NOT NULL,
  "problem" text NOT NULL,
  "measure" text NOT NULL,
  "expected_effect" text NOT NULL,
  "time_frame" character varying(200) NOT NULL,
  "cost_notes" text,
  "addressee_kinds" "public"."organisation_kind" array NOT NULL,
  "addressee_organisation_ids" uuid array NOT NULL,
  "indicator_ids" uuid array NOT NULL,
  "author_person_id" uuid,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_recommendation_revision" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_recommendation_revision_number" UNIQUE ("recommendation_id", "number"),
  CONSTRAINT "FK_recommendation_revision_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_revision_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION
)`);

    await db.query(`CREATE TABLE "recommendation_transition" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "recommendation_id" uuid NOT NULL,
  "action" "public"."recommendation_action" NOT NULL,
  "from_state" "public"."recommendation_state" NOT NULL,
  "to_state" "public"."recommendation_state" NOT NULL,
  "actor_person_id" uuid,
  "comment" text,
  "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_recommendation_transition" PRIMARY KEY ("id"),
  CONSTRAINT "FK_recommendation_transition_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_transition_actor" FOREIGN KEY ("actor_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_transition_recommendation_at" ON "recommendation_transition" ("recommendation_id", "at")`);
    await db.query(`CREATE INDEX "IDX_recommendation_transition_actor_person_id" ON "recommendation_transition" ("actor_person_id")`);

    await db.query(`CREATE TABLE "recommendation_comment" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "version" integer NOT NULL,
  "recommendation_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "parent_id" uuid,
  "author_person_id" uuid NOT NULL,
  "body" text NOT NULL,
  "resolved_at" TIMESTAMP WITH TIME ZONE,
  "resolved_by_person_id" uuid,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_recommendation_comment" PRIMARY KEY ("id"),
  CONSTRAINT "FK_recommendation_comment_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_comment_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_comment_parent" FOREIGN KEY ("parent_id") REFERENCES "recommendation_comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_comment_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_comment_resolved_by" FOREIGN KEY ("resolved_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    // Threads of a recommendation oldest first; the replies of a page of threads.
    await db.query(
      `CREATE INDEX "IDX_recommendation_comment_recommendation_created" ON "recommendation_comment" ("recommendation_id", "created_at", "id")`,
    );
    await db.query(`CREATE INDEX "IDX_recommendation_comment_parent_id" ON "recommendation_comment" ("parent_id")`);
    await db.query(`CREATE INDEX "IDX_recommendation_comment_alliance_id" ON "recommendation_comment" ("alliance_id")`);
    await db.query(`CREATE INDEX "IDX_recommendation_comment_author_person_id" ON "recommendation_comment" ("author_person_id")`);

    await db.query(`CREATE TABLE "recommendation_support" (
  "recommendation_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_recommendation_support" PRIMARY KEY ("recommendation_id", "person_id"),
  CONSTRAINT "FK_recommendation_support_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_recommendation_support_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_support_person_id" ON "recommendation_support" ("person_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'recommendation_support',
      'recommendation_comment',
      'recommendation_transition',
      'recommendation_revision',
      'recommendation_author',
      'recommendation_indicator',
      'recommendation_addressee',
      'recommendation',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
    await db.query(`DROP TYPE "public"."recommendation_action"`);
    await db.query(`DROP TYPE "public"."recommendation_state"`);
  }
}
