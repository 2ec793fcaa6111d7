import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { leesExportRegels } from '../../../kostenregels/export-regels';
import { schrijfCsv } from '../exporteer-declaratie/bestanden/csv-export';
import { schrijfXlsx } from '../exporteer-declaratie/bestanden/xlsx-export';
import { leesOordelen } from '../../database/lees-oordelen';
import { schrijfJson } from '../lees-declaratie/declaratie-json';
import type { ExportOpdracht, NaarHoofd } from './export-in-werker';

/**
 * The export's worker thread (started by schrijfInWerker): reads the claim's lines over its own connection and
 * writes the file (or the claim's JSON), each piece posted to the main thread, the next written only when the main
 * thread says the response took it.
 */
async function exporteer(opdracht: ExportOpdracht): Promise<void> {
  const { databaseUrl, declaratieId } = opdracht;
  const hoofd = parentPort!;
  let verder: (() => void) | undefined;
  hoofd.on('message', () => {
    const klaar = verder;
    verder = undefined;
    klaar?.();
  });
  const naarHoofd = new Writable({
    write(stuk: Buffer, _codering, klaar) {
      // A copy in its own ArrayBuffer, moved (not copied again) to the main thread: zlib's output pieces share
      // theirs with the next piece.
      const eigen = new Uint8Array(stuk);
      verder = klaar;
      hoofd.postMessage({ stuk: eigen } satisfies NaarHoofd, [eigen.buffer]);
    },
    final(klaar) {
      hoofd.postMessage({ einde: true } satisfies NaarHoofd);
      klaar();
    },
  });
  const client = new Client({ connectionString: databaseUrl, application_name: 'wiz-subsidies-export' });
  await client.connect();
  try {
    const regels = (opgenomen?: boolean) => leesExportRegels(client, declaratieId, opgenomen);
    await (opdracht.formaat === 'json'
      ? schrijfJson(naarHoofd, opdracht.declaratie, (opgenomen) => leesOordelen(client, declaratieId, opgenomen))
      : opdracht.formaat === 'csv'
        ? schrijfCsv(naarHoofd, regels())
        : schrijfXlsx(naarHoofd, opdracht.kop, regels));
    await finished(naarHoofd);
  } finally {
    await client.end();
    hoofd.removeAllListeners('message');
  }
}

void exporteer(workerData as ExportOpdracht).catch((err) => {
  // Thrown outside the promise, the error ends the thread and reaches the main thread's 'error' listener.
  setImmediate(() => {
    throw err;
  });
});
