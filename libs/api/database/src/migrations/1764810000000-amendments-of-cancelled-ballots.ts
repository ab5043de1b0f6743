import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cancelling an amendment's ballot now returns the amendment to PROPOSED in the same transaction.
 * Before, it stayed IN_BALLOT ("being voted on") until someone put it to the vote again; those
 * amendments are returned here.
 */
export class AmendmentsOfCancelledBallots1764810000000 implements MigrationInterface {
  name = 'AmendmentsOfCancelledBallots1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE "amendment" SET "state" = 'PROPOSED', "ballot_id" = NULL, "version" = "version" + 1
                     WHERE "state" = 'IN_BALLOT' AND "ballot_id" IN (SELECT "id" FROM "ballot" WHERE "status" = 'CANCELLED')`);
  }

  async down(): Promise<void> {
    // Nothing to undo: IN_BALLOT on a cancelled ballot was never a state worth restoring.
  }
}
