import type { Client } from 'pg';

export interface Kolom {
  schema: string;
  tabel: string;
  kolom: string;
  type: string;
}

/** Every column of every table (all schemas but the system's) that `voorwaarde` (SQL on c.data_type, c.udt_name) keeps. */
export async function kolommen(client: Client, voorwaarde: string): Promise<Kolom[]> {
  const { rows } = await client.query<Kolom>(
    `SELECT c.table_schema AS schema, c.table_name AS tabel, c.column_name AS kolom, c.data_type AS type
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND (${voorwaarde})
      ORDER BY 1, 2, 3`,
  );
  return rows;
}
