import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and access: accounts (a person of each alliance may be linked to one), the alliance-level
 * roles, and the two tables of the sign-in machinery: server-side sessions in the layout
 * connect-pg-simple reads and writes, and the failure counters of rate-limiter-flexible.
 */
export class Identity1763800000000 implements MigrationInterface {
  name = 'Identity1763800000000';

  async up(db: QueryRunner): Promise<void> {
    // E-mail addresses are stored lower-cased, so UNIQUE also catches "Anna@…" next to "anna@…".
    await db.query(`CREATE TABLE "account" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "email" character varying(254) NOT NULL,
  "password_hash" text,
  "deactivated_at" TIMESTAMP WITH TIME ZONE,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_account" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_account_email" UNIQUE ("email"),
  CONSTRAINT "CHK_account_email_lower_case" CHECK ("email" = lower("email"))
)`);

    // One account is at most one person per alliance; deleting an account keeps the person (and what they did).
    await db.query(`ALTER TABLE "person" ADD "account_id" uuid`);
    await db.query(`ALTER TABLE "person" ADD CONSTRAINT "UQ_person_alliance_account" UNIQUE ("alliance_id", "account_id")`);
    await db.query(`CREATE INDEX "IDX_person_account_id" ON "person" ("account_id")`);
    await db.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_person_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await db.query(`CREATE TYPE "public"."alliance_role_kind" AS ENUM('SECRETARIAT')`);
    await db.query(`CREATE TABLE "alliance_role" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "role" "public"."alliance_role_kind" NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_alliance_role" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_alliance_role_person_role" UNIQUE ("person_id", "role"),
  CONSTRAINT "FK_alliance_role_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_alliance_role_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_alliance_role_alliance_id" ON "alliance_role" ("alliance_id")`);

    // connect-pg-simple's table.sql, plus an index on the signed-in account so that "sign out
    // everywhere" and deactivation find all sessions of one account without a full scan.
    await db.query(`CREATE TABLE "session" (
  "sid" character varying NOT NULL COLLATE "default",
  "sess" json NOT NULL,
  "expire" TIMESTAMP(6) NOT NULL,
  CONSTRAINT "session_pkey" PRIMARY KEY ("sid")
)`);
    await db.query(`CREATE INDEX "IDX_session_expire" ON "session" ("expire")`);
    await db.query(`CREATE INDEX "IDX_session_account" ON "session" (("sess" #>> '{passport,user}'))`);

    // RateLimiterPostgres's own layout (it is told the table exists, so it never creates one).
    await db.query(`CREATE TABLE "rate_limit" (
  "key" character varying(255) NOT NULL,
  "points" integer NOT NULL DEFAULT 0,
  "expire" bigint,
  CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key")
)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "rate_limit"`);
    await db.query(`DROP TABLE "session"`);
    await db.query(`DROP TABLE "alliance_role"`);
    await db.query(`DROP TYPE "public"."alliance_role_kind"`);
    await db.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_person_account"`);
    await db.query(`DROP INDEX "public"."IDX_person_account_id"`);
    await db.query(`ALTER TABLE "person" DROP CONSTRAINT "UQ_person_alliance_account"`);
    await db.query(`ALTER TABLE "person" DROP COLUMN "account_id"`);
    await db.query(`DROP TABLE "account"`);
  }
}
