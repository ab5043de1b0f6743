import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: one row per thing that happened (a sign-in, a mutation, a membership change).
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so not even a mistaken statement
 * of the app (or an administrator's slip) rewrites history. Ids are text and not foreign keys:
 * an entry must outlive the object it names. No names or e-mail addresses are copied in: the
 * log cannot forget, and an anonymised person must be forgotten; names are looked up when read.
 */
export class Audit1763950000000 implements MigrationInterface {
  name = 'Audit1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "audit_entry" (
  "id" bigint GENERATED ALWAYS AS IDENTITY,
  "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "alliance_id" uuid,
  "actor_account_id" uuid,
  "action" text NOT NULL,
  "object_type" text,
  "object_id" text,
  "details" jsonb NOT NULL DEFAULT '{}',
  "request_id" text,
  CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id")
)`);
    // The secretariat reads its alliance's entries newest first; sign-ins (no alliance) are found by account.
    await db.query(`CREATE INDEX "IDX_audit_entry_alliance_occurred" ON "audit_entry" ("alliance_id", "occurred_at" DESC)`);
    await db.query(`CREATE INDEX "IDX_audit_entry_action" ON "audit_entry" ("action")`);
    await db.query(`CREATE INDEX "IDX_audit_entry_actor_account" ON "audit_entry" ("actor_account_id", "occurred_at" DESC)`);
    await db.query(`CREATE INDEX "IDX_audit_entry_object" ON "audit_entry" ("object_type", "object_id")`);

    await db.query(`CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await db.query(`CREATE TRIGGER "audit_entry_no_change" BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()`);
    await db.query(`CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"()`);
  }

  async down(db: QueryRunner): Promise<void> {
    // DROP TABLE is no TRUNCATE: it removes the triggers with the table.
    await db.query(`DROP TABLE "audit_entry"`);
    await db.query(`DROP FUNCTION "audit_entry_append_only"()`);
  }
}
