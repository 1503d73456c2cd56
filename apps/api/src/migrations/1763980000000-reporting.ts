import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting (issue 9).
 *
 * - `household_member.gender`: optional, given by a person for themselves or by a parent for a
 *   child in the household form ('female', 'male', 'other'); reports count it only when given.
 * - An index for "first presence ever" (new vs returning people): present marks by person.
 */
export class Reporting1763980000000 implements MigrationInterface {
  name = 'Reporting1763980000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE household_member ADD COLUMN gender text
        CONSTRAINT household_member_gender CHECK (gender IN ('female', 'male', 'other'))`);
    await db.query(
      `CREATE INDEX activity_attendance_present_person ON activity_attendance (community_id, participant_key) WHERE status = 'present'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS activity_attendance_present_person`);
    await db.query(`ALTER TABLE household_member DROP COLUMN IF EXISTS gender`);
  }
}
