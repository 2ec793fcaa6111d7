import { gewistSleutel, problemException, VERWERKING_BEPERKT_DETAIL } from '@wiz/platform';
import type { KostenregelInvoer } from '../domain';
import type { Sql } from '../kostenregels.port';

/**
 * New cost lines for an inwoner whose processing is restricted are refused (403 "Verwerking beperkt"): no new
 * work on the person's data while restricted (AVG art. 18); for an erased one, 400. An import is refused whole.
 */
export async function eisGeenBeperkteDeelnemers(sql: Sql, regels: readonly KostenregelInvoer[]): Promise<void> {
  const ids = [...new Set(regels.flatMap((r) => (r.inwonerId ? [r.inwonerId] : [])))];
  if (ids.length === 0) return;
  const [b] = await sql.query(
    `SELECT 1 FROM beperkingen b LEFT JOIN inwoner_aliassen a ON a.vervallen_inwoner_id = ANY($1::uuid[])
      WHERE b.beperkt AND (b.inwoner_id = ANY($1::uuid[]) OR b.inwoner_id = a.behouden_inwoner_id) LIMIT 1`,
    [ids],
  );
  if (b) throw problemException(403, VERWERKING_BEPERKT_DETAIL, { beperkt: true });
  // An erased inwoner is not named again (their register entry is gone, or kept under a pseudonym).
  const gewist: unknown[] = await sql.query('SELECT 1 FROM gewiste_inwoners WHERE sleutel = ANY($1::text[]) LIMIT 1', [
    ids.map(gewistSleutel),
  ]);
  if (gewist.length)
    throw problemException(400, 'A cost line names an erased inwoner; nothing was stored.', {
      errors: [{ field: 'inwonerId', message: 'this inwoner was erased (AVG art. 17)' }],
    });
}
