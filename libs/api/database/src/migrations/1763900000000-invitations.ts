import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations into a body and password-reset links. Both keep only the sha256 of the token the
 * mail carries, so a copy of the database opens no account.
 */
export class Invitations1763900000000 implements MigrationInterface {
  name = 'Invitations1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "invitation" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "body_id" uuid NOT NULL,
  "role" "public"."membership_role" NOT NULL,
  "organisation_id" uuid,
  "email" character varying(254) NOT NULL,
  "display_name" character varying(200) NOT NULL,
  "token_hash" character varying(64) NOT NULL,
  "invited_by_account_id" uuid,
  "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
  "accepted_at" TIMESTAMP WITH TIME ZONE,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_invitation" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_invitation_token_hash" UNIQUE ("token_hash"),
  CONSTRAINT "CHK_invitation_email_lower_case" CHECK ("email" = lower("email")),
  CONSTRAINT "FK_invitation_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_invitation_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_invitation_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT "FK_invitation_invited_by" FOREIGN KEY ("invited_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_invitation_alliance_id" ON "invitation" ("alliance_id")`);
    await db.query(`CREATE INDEX "IDX_invitation_body_id" ON "invitation" ("body_id")`);
    // Export and anonymisation find a person's invitations by their e-mail address.
    await db.query(`CREATE INDEX "IDX_invitation_email" ON "invitation" ("email")`);

    await db.query(`CREATE TABLE "password_reset" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "account_id" uuid NOT NULL,
  "token_hash" character varying(64) NOT NULL,
  "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
  "used_at" TIMESTAMP WITH TIME ZONE,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_password_reset_token_hash" UNIQUE ("token_hash"),
  CONSTRAINT "FK_password_reset_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_password_reset_account_id" ON "password_reset" ("account_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "password_reset"`);
    await db.query(`DROP TABLE "invitation"`);
  }
}
