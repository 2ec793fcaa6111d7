import { createHash } from 'node:crypto';
import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Where a service's data about an inwoner lives after intake merged two records (inwoners-samengevoegd) or erased
 * one (inwoner-gewist), for every consumer keyed by inwonerId (issue 19).
 *
 * - `inwoner_aliassen`: vervallen id → behouden id, kept flat (a merge of B into C also points A→B at C), so
 *   events for a vervallen id that arrive later land on the behouden one.
 * - `gewiste_inwoners`: one mark per erased id, holding only a SHA-256 of the id (not the id itself), so a late
 *   event for the person is recognised and dropped without the service keeping the id it was asked to forget.
 *
 * Consistency while events still arrive: `huidigeInwoner` takes a shared advisory lock per id it passes and a merge
 * or erasure an exclusive one, so a handler that wrote under the vervallen id either commits before the merge
 * moves the rows, or waits and reads the alias. A merge carries a restriction over and an erasure drops it, in the
 * `beperkingen` table of beperkingen.ts (create both). Usage: call `createInwonerVerwijzingTables` in a migration; in a
 * handler, `const id = await huidigeInwoner(m, e.data.inwonerId); if (!id) return;` (in a batch handler,
 * `huidigeInwoners` for all its events at once).
 */
export type PrivacySql = Pick<EntityManager, 'query'>;

/** For a service's migration: the two tables above. */
export async function createInwonerVerwijzingTables(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE inwoner_aliassen (
    vervallen_inwoner_id uuid PRIMARY KEY, behouden_inwoner_id uuid NOT NULL, samengevoegd_op timestamptz NOT NULL)`);
  await q.query('CREATE INDEX inwoner_aliassen_behouden ON inwoner_aliassen (behouden_inwoner_id)');
  await q.query(
    'CREATE TABLE gewiste_inwoners (sleutel text PRIMARY KEY, verzoek_id uuid NOT NULL, gewist_op timestamptz NOT NULL)',
  );
}

/** The mark of an erased id: a one-way hash (an inwonerId is a random UUID, so it cannot be guessed back). */
export const gewistSleutel = (inwonerId: string): string =>
  createHash('sha256').update(`wiz:inwoner:${inwonerId}`).digest('hex');

const LOCK_NS = 19;

/** Locks the ids in the order given, in one statement (unnest keeps the order; the function runs per row). */
async function vergrendelAlle(sql: PrivacySql, ids: readonly string[], exclusief: boolean): Promise<void> {
  const fn = exclusief ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  await sql.query(
    `SELECT ${fn}(hashtextextended(l.id, ${LOCK_NS})) FROM unnest($1::text[]) WITH ORDINALITY AS l(id, n) ORDER BY l.n`,
    [ids],
  );
}

/**
 * For retention: locks these inwoners as a merge or erasure does, so no event handler stores anything under them
 * until the caller's transaction ends (in a stable order: two callers never wait for each other in a circle).
 */
export async function vergrendelInwoners(sql: PrivacySql, inwonerIds: readonly string[]): Promise<void> {
  await vergrendelAlle(sql, [...inwonerIds].sort(), true);
}

/**
 * Follows the aliases from each id, locking each id passed (a round's ids sorted, in one statement, then their
 * aliases read in one); per id in `ids`, where its data lives now, or undefined when an id on the way was erased.
 */
async function volgAlle(sql: PrivacySql, ids: readonly string[], exclusief: boolean): Promise<(string | undefined)[]> {
  const nu: (string | undefined)[] = [...ids];
  let open = ids.map((_, i) => i);
  for (let stap = 0; stap < 64; stap++) {
    if (open.length === 0) return nu;
    const ronde = [...new Set(open.map((i) => nu[i] as string))].sort();
    await vergrendelAlle(sql, ronde, exclusief);
    const rijen: { behouden: string | null; gewist: boolean }[] = await sql.query(
      `SELECT a.behouden_inwoner_id AS behouden, EXISTS (SELECT 1 FROM gewiste_inwoners g WHERE g.sleutel = l.sleutel) AS gewist
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS l(id, sleutel, n)
         LEFT JOIN inwoner_aliassen a ON a.vervallen_inwoner_id = l.id
        ORDER BY l.n`,
      [ronde, ronde.map(gewistSleutel)],
    );
    const naar = new Map(ronde.map((id, j) => [id, rijen[j]]));
    open = open.filter((i) => {
      const r = naar.get(nu[i] as string)!;
      if (r.gewist) nu[i] = undefined;
      else if (r.behouden) nu[i] = r.behouden;
      return !r.gewist && r.behouden !== null;
    });
  }
  throw new Error('inwoner_aliassen: chain longer than 64');
}

async function volg(sql: PrivacySql, id: string, exclusief: boolean): Promise<string | undefined> {
  return (await volgAlle(sql, [id], exclusief))[0];
}

/**
 * The id that holds this inwoner's data now (itself, or the behouden record of a merge), or undefined when the
 * inwoner was erased: the handler then stores nothing. Locks until the caller's transaction ends.
 */
export function huidigeInwoner(sql: PrivacySql, inwonerId: string): Promise<string | undefined> {
  return volg(sql, inwonerId, false);
}

/**
 * `huidigeInwoner` for the events of a batch (OnEventBatch) at once: per id, in order, the id that holds the data
 * now or undefined. Two statements for the batch, more only while some follow an alias.
 */
export function huidigeInwoners(sql: PrivacySql, inwonerIds: readonly string[]): Promise<(string | undefined)[]> {
  return volgAlle(sql, inwonerIds, false);
}

/** What a merge asks of the service: move rows from `vervallen` to `behouden` (already resolved); or nothing. */
export type Samenvoeging = { soort: 'verplaats'; vervallen: string; behouden: string } | { soort: 'niets' };

/**
 * Records a merge and tells the service what to move. Idempotent: a merge already applied (or the reverse of one,
 * or one whose records were erased) asks nothing. When the behouden record was erased the person was, so the
 * vervallen id is marked erased too (`soort: 'niets'`, the caller erases `vervallen` as for inwoner-gewist).
 */
export async function registreerSamenvoeging(
  sql: PrivacySql,
  vervallenId: string,
  behoudenId: string,
  op: string,
): Promise<Samenvoeging | { soort: 'wis'; vervallen: string }> {
  await vergrendelAlle(sql, [vervallenId, behoudenId].sort(), true);
  const vervallen = await volg(sql, vervallenId, true);
  const behouden = await volg(sql, behoudenId, true);
  if (!vervallen || vervallen === behouden) return { soort: 'niets' };
  if (!behouden) {
    await sql.query(
      `INSERT INTO gewiste_inwoners (sleutel, verzoek_id, gewist_op)
       SELECT $1, verzoek_id, gewist_op FROM gewiste_inwoners WHERE sleutel = $2 ON CONFLICT DO NOTHING`,
      [gewistSleutel(vervallen), gewistSleutel(behoudenId)],
    );
    return { soort: 'wis', vervallen };
  }
  await sql.query('UPDATE inwoner_aliassen SET behouden_inwoner_id = $2 WHERE behouden_inwoner_id = $1', [
    vervallen,
    behouden,
  ]);
  await sql.query(
    'INSERT INTO inwoner_aliassen (vervallen_inwoner_id, behouden_inwoner_id, samengevoegd_op) VALUES ($1, $2, $3)',
    [vervallen, behouden, op],
  );
  // Restricted when either record was: the person asked for it under one of their records.
  await sql.query(
    `INSERT INTO beperkingen (inwoner_id, beperkt, verzoek_id, gewijzigd_op)
     SELECT $2, true, verzoek_id, gewijzigd_op FROM beperkingen WHERE inwoner_id = $1 AND beperkt
     ON CONFLICT (inwoner_id) DO UPDATE SET beperkt = true, verzoek_id = EXCLUDED.verzoek_id,
       gewijzigd_op = greatest(beperkingen.gewijzigd_op, EXCLUDED.gewijzigd_op) WHERE NOT beperkingen.beperkt`,
    [vervallen, behouden],
  );
  await sql.query('DELETE FROM beperkingen WHERE inwoner_id = $1', [vervallen]);
  return { soort: 'verplaats', vervallen, behouden };
}

/**
 * Marks an inwoner erased (through any alias: the vervallen id of a merge is the same person) and drops the
 * aliases that pointed at it. Returns the id whose rows the service destroys, or undefined when already erased.
 */
export async function registreerWissing(
  sql: PrivacySql,
  inwonerId: string,
  verzoekId: string,
  op: string,
): Promise<string | undefined> {
  const huidig = await volg(sql, inwonerId, true);
  if (!huidig) return undefined;
  const aliassen: { id: string }[] = await sql.query(
    'DELETE FROM inwoner_aliassen WHERE behouden_inwoner_id = $1 RETURNING vervallen_inwoner_id AS id',
    [huidig],
  );
  const sleutels = [huidig, inwonerId, ...aliassen.map((a) => a.id)].map(gewistSleutel);
  await sql.query(
    `INSERT INTO gewiste_inwoners (sleutel, verzoek_id, gewist_op) SELECT DISTINCT unnest($1::text[]), $2::uuid, $3::timestamptz
     ON CONFLICT DO NOTHING`,
    [sleutels, verzoekId, op],
  );
  await sql.query('DELETE FROM beperkingen WHERE inwoner_id = $1', [huidig]);
  // The platform's own traces of the person: published events stay in the outbox for a week (replay after a NATS
  // disturbance). Unsent ones must still go out; they are removed a week after sending like every other. (An inbox
  // row holds the consumer, the event id and the event's type: nothing that leads to the person.)
  const ids = [...new Set([huidig, inwonerId, ...aliassen.map((a) => a.id)])];
  await sql.query(`DELETE FROM outbox WHERE sent_at IS NOT NULL AND envelope::text ~ $1`, [ids.join('|')]);
  return huidig;
}
