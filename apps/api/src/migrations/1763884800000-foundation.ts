import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The extensions Palier relies on, and the community directory the demo content fills. */
export class Foundation1763884800000 implements MigrationInterface {
  name = 'Foundation1763884800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug citext NOT NULL,
        name text NOT NULL,
        presentation text NOT NULL DEFAULT '',
        street_address text NOT NULL,
        postal_code text NOT NULL,
        city text NOT NULL,
        phone text,
        email text,
        time_zone text NOT NULL DEFAULT 'Europe/Paris',
        opening_hours jsonb NOT NULL DEFAULT '[]'::jsonb,
        charter text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT community_slug_key UNIQUE (slug),
        CONSTRAINT community_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
        CONSTRAINT community_name_length CHECK (length(name) BETWEEN 1 AND 120),
        CONSTRAINT community_opening_hours_array CHECK (jsonb_typeof(opening_hours) = 'array')
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE community`);
  }
}
