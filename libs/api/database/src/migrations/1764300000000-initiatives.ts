import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Initiative tracking: the register (single and joint initiatives with their partners, action
 * fields, regions and the recommendations they implement), the status history, milestones,
 * progress reports with indicator values, reporting rounds, reminders and published lists.
 *
 * Indexes serve the secretariat's dashboard at 5,000 initiatives and 100,000 reports per
 * alliance: initiatives by alliance and status, the latest report repeated on the initiative
 * (latest_percent, last_report_on), open milestones by due date through a partial index, and the
 * status changes of an alliance by the day they took effect (for the status-over-time series).
 * A reminder's unique (initiative, person, due date) is the claim that keeps a mail from going
 * out twice, even with several api processes.
 */
export class Initiatives1764300000000 implements MigrationInterface {
  name = 'Initiatives1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "initiative_kind" AS ENUM ('SINGLE', 'JOINT')`);
    await db.query(`CREATE TYPE "initiative_status" AS ENUM ('PLANNED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED')`);
    await db.query(`CREATE TYPE "reporting_cycle" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')`);
    await db.query(`CREATE TABLE "initiative" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "description" text NOT NULL,
  "kind" "initiative_kind" NOT NULL,
  "status" "initiative_status" NOT NULL,
  "lead_organisation_id" uuid NOT NULL,
  "target_groups" text array NOT NULL,
  "start_on" date NOT NULL,
  "end_on" date,
  "funding_notes" text,
  "reporting_cycle" "reporting_cycle" NOT NULL,
  "latest_percent" integer,
  "last_report_on" date,
  "created_by_person_id" uuid,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_initiative" PRIMARY KEY ("id"),
  CONSTRAINT "CHK_initiative_period" CHECK ("end_on" IS NULL OR "end_on" >= "start_on"),
  CONSTRAINT "CHK_initiative_latest_percent" CHECK ("latest_percent" IS NULL OR "latest_percent" BETWEEN 0 AND 100),
  CONSTRAINT "FK_initiative_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_lead_organisation" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_created_by" FOREIGN KEY ("created_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_alliance_name" ON "initiative" ("alliance_id", "name")`);
    // Names are unique in an alliance without regard to case: the import matches them that way.
    await db.query(`CREATE UNIQUE INDEX "UQ_initiative_alliance_lower_name" ON "initiative" ("alliance_id", lower("name"))`);
    await db.query(`CREATE INDEX "IDX_initiative_alliance_status" ON "initiative" ("alliance_id", "status")`);
    await db.query(`CREATE INDEX "IDX_initiative_lead_organisation_id" ON "initiative" ("lead_organisation_id")`);
    await db.query(`CREATE INDEX "IDX_initiative_created_by_person_id" ON "initiative" ("created_by_person_id")`);

    for (const [table, column, target] of [
      ['initiative_partner', 'organisation_id', 'organisation'],
      ['initiative_action_field', 'action_field_id', 'action_field'],
      ['initiative_region', 'region_id', 'region'],
      ['initiative_recommendation', 'recommendation_id', 'recommendation'],
    ] as const) {
      await db.query(`CREATE TABLE "${table}" (
  "initiative_id" uuid NOT NULL,
  "${column}" uuid NOT NULL,
  CONSTRAINT "PK_${table}" PRIMARY KEY ("initiative_id", "${column}"),
  CONSTRAINT "FK_${table}_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_${table}_${target}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
      await db.query(`CREATE INDEX "IDX_${table}_${column}" ON "${table}" ("${column}")`);
    }

    await db.query(`CREATE TABLE "initiative_status_change" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "initiative_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "from_status" "initiative_status",
  "to_status" "initiative_status" NOT NULL,
  "effective_on" date NOT NULL,
  "note" text NOT NULL,
  "actor_person_id" uuid,
  "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_initiative_status_change" PRIMARY KEY ("id"),
  CONSTRAINT "FK_initiative_status_change_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_status_change_actor" FOREIGN KEY ("actor_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_status_change_initiative_at" ON "initiative_status_change" ("initiative_id", "at")`);
    await db.query(`CREATE INDEX "IDX_initiative_status_change_alliance_effective" ON "initiative_status_change" ("alliance_id", "effective_on")`);
    await db.query(`CREATE INDEX "IDX_initiative_status_change_actor_person_id" ON "initiative_status_change" ("actor_person_id")`);

    await db.query(`CREATE TABLE "initiative_milestone" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "initiative_id" uuid NOT NULL,
  "alliance_id" uuid NOT NULL,
  "title" character varying(200) NOT NULL,
  "due_on" date NOT NULL,
  "done_on" date,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_initiative_milestone" PRIMARY KEY ("id"),
  CONSTRAINT "FK_initiative_milestone_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_milestone_initiative_due" ON "initiative_milestone" ("initiative_id", "due_on")`);
    // The dashboard's overdue milestones: only open ones are ever looked up by due date.
    await db.query(`CREATE INDEX "IDX_initiative_milestone_alliance_open_due" ON "initiative_milestone" ("alliance_id", "due_on") WHERE "done_on" IS NULL`);

    await db.query(`CREATE TABLE "initiative_progress_report" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "initiative_id" uuid NOT NULL,
  "reported_on" date NOT NULL,
  "percent" integer NOT NULL,
  "narrative" text NOT NULL,
  "author_person_id" uuid,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_initiative_progress_report" PRIMARY KEY ("id"),
  CONSTRAINT "CHK_initiative_progress_report_percent" CHECK ("percent" BETWEEN 0 AND 100),
  CONSTRAINT "FK_initiative_progress_report_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_progress_report_author" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(
      `CREATE INDEX "IDX_initiative_progress_report_initiative_reported" ON "initiative_progress_report" ("initiative_id", "reported_on", "created_at")`,
    );
    await db.query(`CREATE INDEX "IDX_initiative_progress_report_author_person_id" ON "initiative_progress_report" ("author_person_id")`);

    await db.query(`CREATE TABLE "initiative_indicator" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "initiative_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "unit" character varying(50) NOT NULL,
  "baseline" double precision NOT NULL,
  "target" double precision NOT NULL,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_initiative_indicator" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_initiative_indicator_initiative_name" UNIQUE ("initiative_id", "name"),
  CONSTRAINT "FK_initiative_indicator_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "initiative_indicator_value" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "indicator_id" uuid NOT NULL,
  "report_id" uuid NOT NULL,
  "measured_on" date NOT NULL,
  "value" double precision NOT NULL,
  CONSTRAINT "PK_initiative_indicator_value" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_initiative_indicator_value_report_indicator" UNIQUE ("report_id", "indicator_id"),
  CONSTRAINT "FK_initiative_indicator_value_indicator" FOREIGN KEY ("indicator_id") REFERENCES "initiative_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_indicator_value_report" FOREIGN KEY ("report_id") REFERENCES "initiative_progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_indicator_value_indicator_measured" ON "initiative_indicator_value" ("indicator_id", "measured_on")`);

    await db.query(`CREATE TABLE "reporting_round" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "title" character varying(200) NOT NULL,
  "due_on" date NOT NULL,
  "opened_by_person_id" uuid NOT NULL,
  "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_reporting_round" PRIMARY KEY ("id"),
  CONSTRAINT "FK_reporting_round_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_reporting_round_opened_by" FOREIGN KEY ("opened_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_reporting_round_alliance_opened" ON "reporting_round" ("alliance_id", "opened_at")`);
    await db.query(`CREATE INDEX "IDX_reporting_round_opened_by_person_id" ON "reporting_round" ("opened_by_person_id")`);
    await db.query(`CREATE TABLE "reporting_round_initiative" (
  "round_id" uuid NOT NULL,
  "initiative_id" uuid NOT NULL,
  CONSTRAINT "PK_reporting_round_initiative" PRIMARY KEY ("round_id", "initiative_id"),
  CONSTRAINT "FK_reporting_round_initiative_round" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_reporting_round_initiative_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_reporting_round_initiative_initiative_id" ON "reporting_round_initiative" ("initiative_id")`);

    await db.query(`CREATE TABLE "initiative_reminder" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "initiative_id" uuid NOT NULL,
  "person_id" uuid NOT NULL,
  "due_on" date NOT NULL,
  "round_id" uuid,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "mailed_at" TIMESTAMP WITH TIME ZONE,
  "dismissed_at" TIMESTAMP WITH TIME ZONE,
  CONSTRAINT "PK_initiative_reminder" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_initiative_reminder_initiative_person_due" UNIQUE ("initiative_id", "person_id", "due_on"),
  CONSTRAINT "FK_initiative_reminder_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_reminder_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_reminder_round" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_reminder_person_dismissed" ON "initiative_reminder" ("person_id", "dismissed_at")`);
    await db.query(`CREATE INDEX "IDX_initiative_reminder_round_id" ON "initiative_reminder" ("round_id")`);

    await db.query(`CREATE TABLE "initiative_publication" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "published_by_person_id" uuid NOT NULL,
  "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "entries" jsonb NOT NULL,
  CONSTRAINT "PK_initiative_publication" PRIMARY KEY ("id"),
  CONSTRAINT "FK_initiative_publication_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "FK_initiative_publication_published_by" FOREIGN KEY ("published_by_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
)`);
    await db.query(`CREATE INDEX "IDX_initiative_publication_alliance_published" ON "initiative_publication" ("alliance_id", "published_at")`);
    await db.query(`CREATE INDEX "IDX_initiative_publication_published_by_person_id" ON "initiative_publication" ("published_by_person_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'initiative_publication',
      'initiative_reminder',
      'reporting_round_initiative',
      'reporting_round',
      'initiative_indicator_value',
      'initiative_indicator',
      'initiative_progress_report',
      'initiative_milestone',
      'initiative_status_change',
      'initiative_recommendation',
      'initiative_region',
      'initiative_action_field',
      'initiative_partner',
      'initiative',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
    await db.query(`DROP TYPE "reporting_cycle"`);
    await db.query(`DROP TYPE "initiative_status"`);
    await db.query(`DROP TYPE "initiative_kind"`);
  }
}
