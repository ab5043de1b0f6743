import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators (Indikatoren/Prognosen) of an alliance and their observations: one value per
 * series and year. The series' order is kept in `position` (order of first entry), so charts
 * and tables show "Insgesamt" before "Akademisch" as the alliance entered them.
 */
export class Indicators1763990000000 implements MigrationInterface {
  name = 'Indicators1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "indicator" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "alliance_id" uuid NOT NULL,
  "name" character varying(200) NOT NULL,
  "unit" character varying(50) NOT NULL,
  "description" text,
  "source" text,
  "version" integer NOT NULL,
  "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "PK_indicator" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_indicator_alliance_name" UNIQUE ("alliance_id", "name"),
  CONSTRAINT "FK_indicator_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
    await db.query(`CREATE TABLE "indicator_observation" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "indicator_id" uuid NOT NULL,
  "series" character varying(100) NOT NULL,
  "period" integer NOT NULL,
  "value" double precision NOT NULL,
  "position" integer NOT NULL,
  CONSTRAINT "PK_indicator_observation" PRIMARY KEY ("id"),
  CONSTRAINT "UQ_indicator_observation_indicator_series_period" UNIQUE ("indicator_id", "series", "period"),
  CONSTRAINT "FK_indicator_observation_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION
)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "indicator_observation"`);
    await db.query(`DROP TABLE "indicator"`);
  }
}
