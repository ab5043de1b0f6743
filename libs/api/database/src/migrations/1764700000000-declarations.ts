import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint declarations: the text (jsonb with every paragraph's provenance) and its phase, the
 * drafting team's revisions and named members, amendments with their support and comments, and
 * the partner organisations' endorsements of the adopted text. Ballots live with the decisions
 * engine; an amendment and the declaration's final vote refer to theirs by id.
 */
export class Declarations1764700000000 implements MigrationInterface {
  name = 'Declarations1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "declaration_phase" AS ENUM ('DRAFTING', 'AMENDMENTS', 'DECIDING', 'FINAL_VOTE', 'ADOPTED')`);
    await db.query(`CREATE TYPE "amendment_kind" AS ENUM ('REPLACE', 'INSERT', 'DELETE')`);
    await db.query(
      `CREATE TYPE "amendment_state" AS ENUM ('PROPOSED', 'NEEDS_NEW_VERSION', 'IN_BALLOT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'LAPSED')`,
    );
    await db.query(`CREATE TYPE "amendment_decision" AS ENUM ('BALLOT', 'TAKEOVER')`);
    await db.query(`CREATE TYPE "endorsement_state" AS ENUM ('PENDING', 'ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED')`);
    await db.query(`CREATE TABLE "declaration" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "body_id" uuid NOT NULL,
  "title" character varying(200) NOT NULL,
  "phase" "declaration_phase" NOT NULL,
  "content" jsonb NOT NULL,
  "revision" integer NOT NULL,
  "adopted_at" TIMESTAMP WITH TIME ZONE,
  "final_vote" jsonb,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_declaration" PRIMARY KEY ("id"),
  CONSTRAINT "FK_declaration_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_declaration_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_declaration_alliance_id" ON "declaration" ("alliance_id")`);
    await db.query(`CREATE INDEX "IDX_declaration_body_id" ON "declaration" ("body_id")`);
    await db.query(`CREATE TABLE "declaration_revision" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "declaration_id" uuid NOT NULL,
  "number" integer NOT NULL,
  "title" character varying(200) NOT NULL,
  "content" jsonb NOT NULL,
  "amendment_id" uuid,
  "author_person_id" uuid,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_declaration_revision" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_declaration_revision_number" UNIQUE ("declaration_id", "number"),
  CONSTRAINT "FK_declaration_revision_declaration" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_declaration_revision_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_declaration_revision_author_person_id" ON "declaration_revision" ("author_person_id")`);
    await db.query(`CREATE TABLE "declaration_drafter" (
  "declaration_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  CONSTRAINT "PK_declaration_drafter" PRIMARY KEY ("declaration_id", "person_id"),
  CONSTRAINT "FK_declaration_drafter_declaration" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_declaration_drafter_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_declaration_drafter_person_id" ON "declaration_drafter" ("person_id")`);
    await db.query(`CREATE TABLE "amendment" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "declaration_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "number" integer NOT NULL,
  "kind" "amendment_kind" NOT NULL,
  "section_key" character varying(64) NOT NULL,
  "paragraph_key" character varying(64),
  "after_paragraph_key" character varying(64),
  "base_text" text NOT NULL,
  "text" text NOT NULL,
  "proposed_text" text NOT NULL,
  "reason" text NOT NULL,
  "state" "amendment_state" NOT NULL,
  "author_person_id" uuid NOT NULL,
  "taken_over_text" text,
  "decision" "amendment_decision",
  "ballot_id" uuid,
  "decision_note" text,
  "decided_at" TIMESTAMP WITH TIME ZONE,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_amendment" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_amendment_declaration_number" UNIQUE ("declaration_id", "number"),
  CONSTRAINT "FK_amendment_declaration" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_amendment_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_amendment_author_person_id" ON "amendment" ("author_person_id")`);
    await db.query(`CREATE TABLE "amendment_support" (
  "amendment_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_amendment_support" PRIMARY KEY ("amendment_id", "person_id"),
  CONSTRAINT "FK_amendment_support_amendment" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_amendment_support_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_amendment_support_person_id" ON "amendment_support" ("person_id")`);
    await db.query(`CREATE TABLE "amendment_comment" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "amendment_id" uuid NOT NULL,
  "author_person_id" uuid NOT NULL,
  "body" text NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_amendment_comment" PRIMARY KEY ("id"),
  CONSTRAINT "FK_amendment_comment_amendment" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_amendment_comment_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_amendment_comment_amendment" ON "amendment_comment" ("amendment_id", "created_at")`);
    await db.query(`CREATE INDEX "IDX_amendment_comment_author_person_id" ON "amendment_comment" ("author_person_id")`);
    await db.query(`CREATE TABLE "endorsement" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "declaration_id" uuid NOT NULL,
  "organisation_id" uuid NOT NULL,
  "state" "endorsement_state" NOT NULL,
  "reservation" text,
  "answered_at" TIMESTAMP WITH TIME ZONE,
  "answered_by_person_id" uuid,
  "reminded_at" TIMESTAMP WITH TIME ZONE,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_endorsement" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_endorsement_declaration_organisation" UNIQUE ("declaration_id", "organisation_id"),
  CONSTRAINT "FK_endorsement_declaration" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_endorsement_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_endorsement_answered_by" FOREIGN KEY ("answered_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_endorsement_organisation_id" ON "endorsement" ("organisation_id")`);
    await db.query(`CREATE INDEX "IDX_endorsement_answered_by_person_id" ON "endorsement" ("answered_by_person_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['endorsement', 'amendment_comment', 'amendment_support', 'amendment', 'declaration_drafter', 'declaration_revision', 'declaration']) {
      await db.query(`DROP TABLE "${table}"`);
    }
    for (const type of ['endorsement_state', 'amendment_decision', 'amendment_state', 'amendment_kind', 'declaration_phase']) {
      await db.query(`DROP TYPE "${type}"`);
    }
  }
}
