import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fedify's queue and key–value store in PostgreSQL: deliveries (and their retries) survive a
 * restart and are shared by several API processes; so are the ids of activities already received.
 */
export class FederationQueue1764030000000 implements MigrationInterface {
  name = 'FederationQueue1764030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE federation_queue (
        id bigserial PRIMARY KEY,
        message jsonb NOT NULL,
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX federation_queue_due ON federation_queue (run_at, id)`);
    await db.query(`
      CREATE TABLE federation_kv (
        key text[] PRIMARY KEY,
        value jsonb NOT NULL,
        expires_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX federation_kv_expiry ON federation_kv (expires_at) WHERE expires_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['federation_kv', 'federation_queue'])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
