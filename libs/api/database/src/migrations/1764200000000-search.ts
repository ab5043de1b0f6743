import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * German full-text search over recommendations, their comments and plan versions. Each searchable
 * table gets an IMMUTABLE function that turns its texts into a weighted tsvector (title A, the
 * main texts B, the rest C) with the `german` configuration (Snowball stemming: "Ausbildungen"
 * and "Ausbildung" meet, umlauts fold), and a GIN index on that function's result. The search
 * query calls the same functions, so PostgreSQL uses the indexes. Expression indexes rather than
 * generated columns: the tables' entities (owned by their features) stay as they are, and the
 * entities-match-migrations check has nothing to reconcile.
 */
export class Search1764200000000 implements MigrationInterface {
  name = 'Search1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION "search_recommendation_document"(
  "title" text, "problem" text, "measure" text, "expected_effect" text, "time_frame" text, "cost_notes" text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('german'::regconfig, coalesce("title", '')), 'A')
      || setweight(to_tsvector('german'::regconfig, coalesce("problem", '')), 'B')
      || setweight(to_tsvector('german'::regconfig, coalesce("measure", '')), 'B')
      || setweight(to_tsvector('german'::regconfig, coalesce("expected_effect", '')), 'C')
      || setweight(to_tsvector('german'::regconfig, coalesce("time_frame", '')), 'C')
      || setweight(to_tsvector('german'::regconfig, coalesce("cost_notes", '')), 'C')
$$`);
    await db.query(`CREATE FUNCTION "search_comment_document"("body" text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('german'::regconfig, coalesce("body", '')), 'B')
$$`);
    await db.query(`CREATE FUNCTION "search_plan_version_document"(
  "title" text, "situation_assessment" text, "initiatives_text" text, "commitments" text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('german'::regconfig, coalesce("title", '')), 'A')
      || setweight(to_tsvector('german'::regconfig, coalesce("situation_assessment", '')), 'B')
      || setweight(to_tsvector('german'::regconfig, coalesce("initiatives_text", '')), 'C')
      || setweight(to_tsvector('german'::regconfig, coalesce("commitments", '')), 'C')
$$`);

    await db.query(`CREATE INDEX "IDX_recommendation_search" ON "recommendation" USING gin (
  "search_recommendation_document"("title", "problem", "measure", "expected_effect", "time_frame", "cost_notes")
)`);
    await db.query(`CREATE INDEX "IDX_recommendation_comment_search" ON "recommendation_comment" USING gin (
  "search_comment_document"("body")
)`);
    await db.query(`CREATE INDEX "IDX_plan_version_search" ON "plan_version" USING gin (
  "search_plan_version_document"("title", "situation_assessment", "initiatives_text", "commitments")
)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_plan_version_search"`);
    await db.query(`DROP INDEX "IDX_recommendation_comment_search"`);
    await db.query(`DROP INDEX "IDX_recommendation_search"`);
    await db.query(`DROP FUNCTION "search_plan_version_document"(text, text, text, text)`);
    await db.query(`DROP FUNCTION "search_comment_document"(text)`);
    await db.query(`DROP FUNCTION "search_recommendation_document"(text, text, text, text, text, text)`);
  }
}
