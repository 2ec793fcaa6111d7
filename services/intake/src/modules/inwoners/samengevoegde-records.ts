import type { PrivacySql } from '@wiz/platform';

/**
 * Every record merged into this one, at any depth (intake keeps the chain on `inwoners.samengevoegd_in`): the same
 * person, so their rows are the person's own (their correction requests, their art. 15 export).
 */
export async function samengevoegdeRecords(m: PrivacySql, inwonerId: string): Promise<string[]> {
  const rijen: { id: string }[] = await m.query(
    `WITH RECURSIVE v(id) AS (
       SELECT id FROM inwoners WHERE samengevoegd_in = $1
       UNION SELECT i.id FROM inwoners i JOIN v ON i.samengevoegd_in = v.id)
     SELECT id::text FROM v`,
    [inwonerId],
  );
  return rijen.map((r) => r.id);
}

/** The record a merged-away one lives on in (one level: a merge moves every record merged into the vervallen one). */
export async function behoudenRecord(m: PrivacySql, inwonerId: string): Promise<string> {
  const [r]: { samengevoegd_in: string | null }[] = await m.query(
    'SELECT samengevoegd_in FROM inwoners WHERE id = $1',
    [inwonerId],
  );
  return r?.samengevoegd_in ?? inwonerId;
}

/** The record and every record merged into it: the ids under which a person's own rows may stand. */
export async function recordsVanPersoon(m: PrivacySql, inwonerId: string): Promise<string[]> {
  return [inwonerId, ...(await samengevoegdeRecords(m, inwonerId))];
}
