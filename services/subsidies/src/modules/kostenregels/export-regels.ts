import type { ClientBase } from 'pg';
import type { DeclaratieRegel } from './kostenregels.port';
import { inBatches } from '../../database/in-batches';

/** A claim's lines; the person left out while their processing is restricted (the line and its amounts stay). */
export const DECLARATIE_REGELS = `SELECT r.kostenregel_id, r.opgenomen, r.reden, to_char(k.datum, 'YYYY-MM-DD') AS datum, k.soort, k.bedrag_centen::text,
        CASE WHEN b.inwoner_id IS NULL THEN k.inwoner_id END AS inwoner_id, k.bewijsstuk, k.omschrijving
   FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id LEFT JOIN beperkingen b ON b.inwoner_id = k.inwoner_id AND b.beperkt
  WHERE r.declaratie_id = $1 AND ($2::boolean IS NULL OR r.opgenomen = $2)`;

/**
 * Lines per FETCH: a thousand keeps the pg driver's row objects of one batch young (a million lines allocate
 * ~0.7 GB of them), so they die in the young generation instead of being promoted while a batch waits for the client.
 */
const BATCH = 1_000;

/**
 * All of a claim's lines (or the included/excluded ones), a batch at a time (inBatches); beside the port rather than
 * in database/ because it is what this context offers the export, as the port is for the rest.
 */
export function leesExportRegels(
  client: ClientBase,
  declaratieId: string,
  opgenomen?: boolean,
): AsyncGenerator<DeclaratieRegel[]> {
  return inBatches(client, `${DECLARATIE_REGELS} ORDER BY k.datum, k.id`, [declaratieId, opgenomen ?? null], BATCH);
}
