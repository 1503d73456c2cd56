import type { TestApp } from '../test-app';

export interface Leftover {
  table: string;
  column: string;
  needle: string;
}

/**
 * Looks for any of the needles (a person's id, name, email…) in every column of every table that
 * can hold text, except the tables and rows given. Returns where they are found.
 */
export async function scanForPerson(
  t: TestApp,
  needles: string[],
  except: { tables?: string[]; rows?: { table: string; id: string }[] } = {},
): Promise<Leftover[]> {
  const columns = await t.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'uuid', 'jsonb', 'json', 'USER-DEFINED', 'ARRAY')
        AND c.table_name NOT IN ('migrations')
      ORDER BY c.table_name, c.column_name`,
  );
  const found: Leftover[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    if (except.tables?.includes(table)) continue;
    const skipIds = (except.rows ?? []).filter((r) => r.table === table).map((r) => r.id);
    for (const needle of needles) {
      const [{ n }] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}"
          WHERE "${column}"::text ILIKE '%' || $1 || '%'
            ${skipIds.length ? `AND id::text <> ALL($2::text[])` : ''}`,
        skipIds.length ? [needle, skipIds] : [needle],
      );
      if (n > 0) found.push({ table, column, needle });
    }
  }
  return found;
}

/** Tables with a foreign key to account (where a person's data can hide). */
export async function tablesReferencingAccounts(t: TestApp): Promise<string[]> {
  const rows = await t.query<{ table_name: string }>(
    `SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'account' AND tc.table_schema = 'public'
      ORDER BY tc.table_name`,
  );
  return rows.map((r) => r.table_name);
}
