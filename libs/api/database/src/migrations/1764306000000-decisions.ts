import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decisions engine: ballots of a body, the eligible voters fixed when a ballot opens, one
 * participation row per voter (its primary key is the database's guarantee of one vote per voter
 * and ballot), the choices of open ballots, the anonymous running tally of secret ballots (no
 * voter, no time, nothing to link with participation), delegations for a ballot or a meeting,
 * camps of organisations for double majorities, and which member casts an organisation's vote.
 */
export class Decisions1764306000000 implements MigrationInterface {
  name = 'Decisions1764306000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "representation" AS ENUM ('PRINCIPAL', 'DEPUTY')`);
    await db.query(`ALTER TABLE "membership" ADD "representation" "representation"`);
    await db.query(`CREATE TYPE "ballot_subject_type" AS ENUM ('MOTION', 'AMENDMENT', 'DECLARATION', 'PLAN_VERSION')`);
    await db.query(`CREATE TYPE "voting_unit" AS ENUM ('PERSON', 'ORGANISATION')`);
    await db.query(`CREATE TYPE "majority_rule" AS ENUM ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'CONSENSUS')`);
    await db.query(`CREATE TYPE "ballot_status" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED')`);
    await db.query(`CREATE TABLE "ballot" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "body_id" uuid NOT NULL,
  "subject_type" "ballot_subject_type" NOT NULL,
  "subject_id" uuid,
  "title" character varying(200) NOT NULL,
  "motion_text" text NOT NULL DEFAULT '',
  "options" jsonb NOT NULL,
  "voting_unit" "voting_unit" NOT NULL,
  "majority" "majority_rule" NOT NULL,
  "quorum_percent" integer NOT NULL DEFAULT 0,
  "double_majority" boolean NOT NULL DEFAULT false,
  "secret" boolean NOT NULL DEFAULT false,
  "vote_changes_allowed" boolean NOT NULL DEFAULT false,
  "max_delegations" integer NOT NULL DEFAULT 1,
  "meeting_key" character varying(100),
  "weights" jsonb NOT NULL,
  "status" "ballot_status" NOT NULL DEFAULT 'DRAFT',
  "opened_at" TIMESTAMP WITH TIME ZONE,
  "closed_at" TIMESTAMP WITH TIME ZONE,
  "cancelled_at" TIMESTAMP WITH TIME ZONE,
  "outcome" jsonb,
  "result_checksum" character(64),
  "created_by_person_id" uuid,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_ballot" PRIMARY KEY ("id"),
  CONSTRAINT "CHK_ballot_quorum" CHECK ("quorum_percent" BETWEEN 0 AND 100),
  CONSTRAINT "FK_ballot_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_ballot_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_ballot_body_id" ON "ballot" ("body_id")`);
    await db.query(`CREATE INDEX "IDX_ballot_alliance_id" ON "ballot" ("alliance_id")`);
    await db.query(`CREATE INDEX "IDX_ballot_subject" ON "ballot" ("subject_type", "subject_id")`);
    await db.query(`CREATE TABLE "ballot_voter" (
  "ballot_id" uuid NOT NULL,
  "voter_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "camp" character varying(100),
  "weight" integer NOT NULL DEFAULT 1,
  "caster_ids" uuid array NOT NULL,
  CONSTRAINT "PK_ballot_voter" PRIMARY KEY ("ballot_id", "voter_id"),
  CONSTRAINT "FK_ballot_voter_ballot" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "ballot_participation" (
  "ballot_id" uuid NOT NULL,
  "voter_id" uuid NOT NULL,
  "cast_by_person_id" uuid NOT NULL,
  CONSTRAINT "PK_ballot_participation" PRIMARY KEY ("ballot_id", "voter_id"),
  CONSTRAINT "FK_ballot_participation_voter" FOREIGN KEY ("ballot_id", "voter_id") REFERENCES "ballot_voter"("ballot_id", "voter_id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "ballot_vote" (
  "ballot_id" uuid NOT NULL,
  "voter_id" uuid NOT NULL,
  "choice" character varying(100) NOT NULL,
  "dissent" character varying(1000),
  "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_ballot_vote" PRIMARY KEY ("ballot_id", "voter_id"),
  CONSTRAINT "FK_ballot_vote_participation" FOREIGN KEY ("ballot_id", "voter_id") REFERENCES "ballot_participation"("ballot_id", "voter_id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "ballot_secret_tally" (
  "ballot_id" uuid NOT NULL,
  "camp" character varying(100) NOT NULL,
  "choice" character varying(100) NOT NULL,
  "votes" integer NOT NULL DEFAULT 0,
  "weight" integer NOT NULL DEFAULT 0,
  CONSTRAINT "PK_ballot_secret_tally" PRIMARY KEY ("ballot_id", "camp", "choice"),
  CONSTRAINT "FK_ballot_secret_tally_ballot" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "ballot_delegation" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "body_id" uuid NOT NULL,
  "ballot_id" uuid,
  "meeting_key" character varying(100),
  "delegator_id" uuid NOT NULL,
  "delegate_id" uuid NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_ballot_delegation" PRIMARY KEY ("id"),
  CONSTRAINT "FK_ballot_delegation_ballot" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_ballot_delegation_delegator" FOREIGN KEY ("delegator_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_ballot_delegation_delegate" FOREIGN KEY ("delegate_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE UNIQUE INDEX "UQ_ballot_delegation_ballot_delegator" ON "ballot_delegation" ("ballot_id", "delegator_id") WHERE "ballot_id" IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX "UQ_ballot_delegation_meeting_delegator" ON "ballot_delegation" ("body_id", "meeting_key", "delegator_id") WHERE "meeting_key" IS NOT NULL`,
    );
    await db.query(`CREATE INDEX "IDX_ballot_delegation_delegate_id" ON "ballot_delegation" ("delegate_id")`);
    await db.query(`CREATE INDEX "IDX_ballot_delegation_delegator_id" ON "ballot_delegation" ("delegator_id")`);
    await db.query(`CREATE TABLE "camp" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(100) NOT NULL,
  "position" integer NOT NULL DEFAULT 0,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_camp" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_camp_alliance_name" UNIQUE ("alliance_id", "name"),
  CONSTRAINT "FK_camp_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "camp_organisation" (
  "organisation_id" uuid NOT NULL,
  "camp_id" uuid NOT NULL,
  CONSTRAINT "PK_camp_organisation" PRIMARY KEY ("organisation_id"),
  CONSTRAINT "FK_camp_organisation_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_camp_organisation_camp" FOREIGN KEY ("camp_id") REFERENCES "camp"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_camp_organisation_camp_id" ON "camp_organisation" ("camp_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "camp_organisation"`);
    await db.query(`DROP TABLE "camp"`);
    await db.query(`DROP TABLE "ballot_delegation"`);
    await db.query(`DROP TABLE "ballot_secret_tally"`);
    await db.query(`DROP TABLE "ballot_vote"`);
    await db.query(`DROP TABLE "ballot_participation"`);
    await db.query(`DROP TABLE "ballot_voter"`);
    await db.query(`DROP TABLE "ballot"`);
    await db.query(`DROP TYPE "ballot_status"`);
    await db.query(`DROP TYPE "majority_rule"`);
    await db.query(`DROP TYPE "voting_unit"`);
    await db.query(`DROP TYPE "ballot_subject_type"`);
    await db.query(`ALTER TABLE "membership" DROP COLUMN "representation"`);
    await db.query(`DROP TYPE "representation"`);
  }
}
