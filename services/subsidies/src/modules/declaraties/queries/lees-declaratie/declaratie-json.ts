import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DeclaratieZonderRegels } from '../../database/declaratie.repository.port';
import type { Oordeel } from '../../database/lees-oordelen';

/** Lines per piece of text (~40 KB): what waits between the worker and a client that stopped reading stays small. */
const PER_STUK = 1_000;

/** The JSON array elements of `regels` as pieces of text, each after the first led by its comma. */
async function* elementen(regels: AsyncIterable<Oordeel[]>, alsJson: (r: Oordeel) => string): AsyncGenerator<string> {
  let eerste = true;
  for await (const batch of regels)
    for (let i = 0; i < batch.length; i += PER_STUK) {
      yield (
        (eerste ? '' : ',') +
        batch
          .slice(i, i + PER_STUK)
          .map(alsJson)
          .join(',')
      );
      eerste = false;
    }
}

/**
 * A compiled claim as the contract's JSON (DeclaratieView): `declaratie`, then `opgenomen` and `uitgesloten` in id
 * order as `regels` yields them, so a million lines never stand in memory at once.
 */
async function* stukken(
  declaratie: DeclaratieZonderRegels,
  regels: (opgenomen: boolean) => AsyncIterable<Oordeel[]>,
): AsyncGenerator<string> {
  yield `${JSON.stringify(declaratie).slice(0, -1)},"opgenomen":[`;
  yield* elementen(regels(true), (r) => JSON.stringify(r.kostenregel_id));
  yield '],"uitgesloten":[';
  yield* elementen(regels(false), (r) => JSON.stringify({ kostenregelId: r.kostenregel_id, reden: r.reden }));
  yield ']}';
}

/** Writes the claim's JSON into `out`, waiting for `out` to take each piece before the next is made. */
export function schrijfJson(
  out: Writable,
  declaratie: DeclaratieZonderRegels,
  regels: (opgenomen: boolean) => AsyncIterable<Oordeel[]>,
): Promise<void> {
  return pipeline(Readable.from(stukken(declaratie, regels)), out);
}
