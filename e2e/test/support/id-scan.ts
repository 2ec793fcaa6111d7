import { Client } from 'pg';
import { kolommen } from './kolommen';

/**
 * Every `<table>.<column>` of one database that holds `id`, as a uuid or inside text or JSON, with the number of
 * rows. Used after a merge: the vervallen inwonerId may remain only where history is kept on purpose.
 */
export async function waarStaatId(url: string, id: string): Promise<Map<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const bronnen = await kolommen(
      client,
      "c.data_type IN ('uuid', 'text', 'character varying', 'json', 'jsonb') OR c.udt_name IN ('_uuid', '_text')",
    );
    const gevonden = new Map<string, number>();
    for (const { schema, tabel, kolom, type } of bronnen) {
      const waar = type === 'uuid' ? `"${kolom}" = $1::uuid` : `"${kolom}"::text LIKE '%' || $1 || '%'`;
      const [{ n }] = (
        await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."${tabel}" WHERE ${waar}`, [id])
      ).rows;
      if (n > 0) gevonden.set(`${tabel}.${kolom}`, n);
    }
    return gevonden;
  } finally {
    await client.end();
  }
}
