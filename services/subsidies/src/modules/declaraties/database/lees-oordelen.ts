import type { ClientBase } from 'pg';
import type { Uitsluitingsreden } from '../domain';
import { inBatches } from '../../../database/in-batches';

export interface Oordeel {
  kostenregel_id: string;
  reden: Uitsluitingsreden | null;
}

/** Small rows: five thousand of them are ~1 MB of the worker's young generation. */
const BATCH = 5_000;

/**
 * A compiled claim's included lines or its exclusions (declaratie_regels), in id order, a batch at a time: what the
 * claim's JSON lists, read in the worker thread that writes it (plain pg).
 */
export function leesOordelen(client: ClientBase, declaratieId: string, opgenomen: boolean): AsyncGenerator<Oordeel[]> {
  return inBatches(
    client,
    'SELECT kostenregel_id, reden FROM declaratie_regels WHERE declaratie_id = $1 AND opgenomen = $2 ORDER BY kostenregel_id',
    [declaratieId, opgenomen],
    BATCH,
  );
}
