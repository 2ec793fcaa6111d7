import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Kop } from '../exporteer-declaratie/bestanden/xlsx-export';
import type { DeclaratieZonderRegels } from '../../database/declaratie.repository.port';

/**
 * Which claim, and what goes with its lines: the head of the XLSX's Samenvatting, or, for the claim's JSON (the
 * answer to GET /declaraties/{id}, written by the same worker), the claim itself.
 */
export type Schrijfopdracht = { declaratieId: string } & (
  { formaat: 'xlsx' | 'csv'; kop: Kop } | { formaat: 'json'; declaratie: DeclaratieZonderRegels }
);
/** What the worker needs: the claim and where its lines are (WerkerPlaatsen adds the database). */
export type ExportOpdracht = Schrijfopdracht & { databaseUrl: string };

/** From the worker: a piece of the file, or its end. */
export type NaarHoofd = { stuk: Uint8Array } | { einde: true };

/**
 * The worker's V8 heap. A million lines allocate ~0.7 GB of pg row objects; in the service's own heap (young
 * generation sized for the whole service) they were promoted while a batch waited for the client and the old space
 * grew to ~250 MB before its first full collection, for 68 MB live. In a small heap they are collected young.
 */
const HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 } as const;

/**
 * Writes a claim's XLSX, CSV or JSON into `out` from a worker thread with its own small heap and database connection
 * (for the export and for GET /declaraties/{id}, so it stands beside both query folders): the rows and the XML are
 * garbage of that heap, and the service's stays as it was. Backpressure runs through: the
 * worker writes its next piece when `out` took the previous one. When `out` closes early (the client went away),
 * the worker is stopped, which ends its connection and so its cursor.
 */
export function schrijfInWerker(out: Writable, opdracht: ExportOpdracht): Promise<void> {
  return new Promise((resolve, reject) => {
    let klaar = false;
    const werker = startWerker({ workerData: opdracht, resourceLimits: HEAP });
    werker.on('message', (bericht: NaarHoofd) => {
      if ('einde' in bericht) {
        klaar = true;
        out.end();
        resolve();
      } else if (out.write(Buffer.from(bericht.stuk.buffer, bericht.stuk.byteOffset, bericht.stuk.byteLength)))
        werker.postMessage('verder');
      else out.once('drain', () => werker.postMessage('verder'));
    });
    werker.on('error', reject);
    werker.on('exit', (code) => {
      if (!klaar) reject(new Error(`the export worker stopped (exit ${code}) before the file was written`));
    });
    out.on('close', () => {
      if (!klaar) void werker.terminate();
    });
  });
}

/**
 * The worker runs export-werker in this build's form: the compiled .js, or, from the sources (jest), the .ts
 * compiled by swc as jest compiles it, since Node cannot run the TypeScript of the modules it imports.
 */
function startWerker(opties: ConstructorParameters<typeof Worker>[1]): Worker {
  const entry = path.join(__dirname, `export-werker${path.extname(__filename)}`);
  if (entry.endsWith('.js')) return new Worker(entry, opties);
  const vanBron = `
    const { readFileSync } = require('node:fs');
    const { transformSync } = require('@swc/core');
    require.extensions['.ts'] = (module, file) => module._compile(transformSync(readFileSync(file, 'utf8'), {
      filename: file, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    }).code, file);
    require(${JSON.stringify(entry)});`;
  return new Worker(vanBron, { ...opties, eval: true });
}
