import { Readable } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { problemException } from '@wiz/platform';

/**
 * An XLSX is a zip archive. Its table of contents (the central directory) is read from the upload itself, so the
 * sizes the archive declares are checked before anything is unpacked, and the entries can be handed to the reader
 * in the order it needs them (shared strings before the sheet, so the sheet streams instead of waiting on disk).
 */
export interface ZipDeel {
  naam: string;
  methode: number;
  crc: number;
  gecomprimeerdBytes: number;
  uitgepaktBytes: number;
  /** Where the compressed data starts in the upload. */
  dataOffset: number;
}

const EINDE_HANDTEKENING = 0x06054b50;
const INHOUD_HANDTEKENING = 0x02014b50;
const LOKAAL_HANDTEKENING = 0x04034b50;
const MAX_DELEN = 10_000;
const OPGESLAGEN = 0;
const DEFLATE = 8;

const onleesbaar = (waarom: string) => problemException(400, `The XLSX file cannot be read: ${waarom}.`);

function eindeVanInhoud(buf: Buffer): number {
  // The end record is the last 22 bytes, or fewer than 64 KiB before the end when the archive has a comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EINDE_HANDTEKENING) return i;
  throw onleesbaar('it is not a zip archive');
}

/** The archive's entries as its central directory lists them, every offset checked to lie inside the upload. */
export function leesZipInhoud(buf: Buffer): Map<string, ZipDeel> {
  if (buf.length < 22) throw onleesbaar('it is not a zip archive');
  const einde = eindeVanInhoud(buf);
  const aantal = buf.readUInt16LE(einde + 10);
  let p = buf.readUInt32LE(einde + 16);
  // ZIP64 marks (0xffff entries, 0xffffffff offsets) only appear in archives far beyond the upload limit.
  if (aantal === 0xffff || p === 0xffffffff)
    throw problemException(413, 'The XLSX file is a ZIP64 archive, larger than an import may be.');
  if (aantal > MAX_DELEN) throw onleesbaar(`it has ${aantal} entries`);
  const delen = new Map<string, ZipDeel>();
  for (let i = 0; i < aantal; i++) {
    if (p + 46 > einde || buf.readUInt32LE(p) !== INHOUD_HANDTEKENING)
      throw onleesbaar('its table of contents is damaged');
    const vlaggen = buf.readUInt16LE(p + 8);
    const naamLengte = buf.readUInt16LE(p + 28);
    const deel = {
      naam: buf.toString('utf8', p + 46, p + 46 + naamLengte),
      methode: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      gecomprimeerdBytes: buf.readUInt32LE(p + 20),
      uitgepaktBytes: buf.readUInt32LE(p + 24),
      dataOffset: dataOffset(buf, buf.readUInt32LE(p + 42)),
    };
    if (vlaggen & 1) throw onleesbaar('it is encrypted');
    if (deel.methode !== OPGESLAGEN && deel.methode !== DEFLATE)
      throw onleesbaar(`entry ${deel.naam} uses an unknown compression method`);
    if (deel.dataOffset + deel.gecomprimeerdBytes > buf.length)
      throw onleesbaar(`entry ${deel.naam} runs past the end of the file`);
    delen.set(deel.naam, deel);
    p += 46 + naamLengte + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return delen;
}

function dataOffset(buf: Buffer, lokaal: number): number {
  if (lokaal + 30 > buf.length || buf.readUInt32LE(lokaal) !== LOKAAL_HANDTEKENING)
    throw onleesbaar('an entry is missing');
  return lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
}

/**
 * Unpacks the entries once, counting, without keeping the output: an entry that unpacks to more than its declared
 * size (a zip bomb that lies in its table of contents) is refused as soon as it passes that size, so the reader
 * later unpacks exactly what was counted here. Runs chunk by chunk, so other requests go on meanwhile.
 */
export async function controleerUitgepakt(buf: Buffer, delen: readonly ZipDeel[]): Promise<void> {
  for (const deel of delen) {
    if (deel.methode === OPGESLAGEN) {
      if (deel.gecomprimeerdBytes !== deel.uitgepaktBytes)
        throw onleesbaar(`entry ${deel.naam} has inconsistent sizes`);
      continue;
    }
    const inflate = createInflateRaw();
    inflate.end(buf.subarray(deel.dataOffset, deel.dataOffset + deel.gecomprimeerdBytes));
    let uitgepakt = 0;
    try {
      for await (const stuk of inflate as AsyncIterable<Buffer>) {
        uitgepakt += stuk.length;
        if (uitgepakt > deel.uitgepaktBytes)
          throw problemException(
            413,
            `The XLSX file unpacks to more than it declares (entry ${deel.naam}); it is refused as a zip bomb.`,
          );
      }
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('Z_')) throw onleesbaar(`entry ${deel.naam} is damaged`);
      throw err;
    } finally {
      inflate.destroy();
    }
    if (uitgepakt !== deel.uitgepaktBytes) throw onleesbaar(`entry ${deel.naam} has inconsistent sizes`);
  }
}

function lokaleKop(deel: ZipDeel): Buffer {
  const naam = Buffer.from(deel.naam, 'utf8');
  const kop = Buffer.alloc(30);
  kop.writeUInt32LE(LOKAAL_HANDTEKENING, 0);
  kop.writeUInt16LE(20, 4); // version needed: 2.0
  // eslint-disable-next-line no-control-regex -- the range \x00-\x7f is ASCII: a name outside it is flagged UTF-8
  kop.writeUInt16LE(/[^\x00-\x7f]/.test(deel.naam) ? 0x800 : 0, 6); // a UTF-8 name; no data descriptor: the sizes are here
  kop.writeUInt16LE(deel.methode, 8);
  kop.writeUInt32LE(deel.crc, 14);
  kop.writeUInt32LE(deel.gecomprimeerdBytes, 18);
  kop.writeUInt32LE(deel.uitgepaktBytes, 22);
  kop.writeUInt16LE(naam.length, 26);
  return Buffer.concat([kop, naam]);
}

/** A stored (uncompressed) entry made here, for a part the reader needs but the workbook does not have. */
export function opgeslagenDeel(naam: string, inhoud: Buffer): { deel: ZipDeel; buf: Buffer } {
  return {
    deel: {
      naam,
      methode: OPGESLAGEN,
      crc: crc32(inhoud),
      gecomprimeerdBytes: inhoud.length,
      uitgepaktBytes: inhoud.length,
      dataOffset: 0,
    },
    buf: inhoud,
  };
}

const STUK = 64 * 1024;

/**
 * A streaming zip of just these entries, in this order, each with a fresh local header that states the sizes the
 * check counted (so a reader takes exactly those bytes), ending in an empty end record. `gelezen` reports the
 * share of the compressed bytes handed on so far (0..1): the progress of reading the file.
 */
export function herschikteZip(
  delen: readonly { deel: ZipDeel; buf: Buffer }[],
  gelezen: (deel: number) => void,
): Readable {
  const totaal = delen.reduce((som, { deel }) => som + deel.gecomprimeerdBytes, 0) || 1;
  async function* bytes() {
    let klaar = 0;
    for (const { deel, buf } of delen) {
      yield lokaleKop(deel);
      for (let i = 0; i < deel.gecomprimeerdBytes; i += STUK) {
        const stuk = buf.subarray(deel.dataOffset + i, deel.dataOffset + Math.min(deel.gecomprimeerdBytes, i + STUK));
        klaar += stuk.length;
        gelezen(klaar / totaal);
        yield stuk;
      }
    }
    const einde = Buffer.alloc(22);
    einde.writeUInt32LE(EINDE_HANDTEKENING, 0);
    yield einde;
  }
  return Readable.from(bytes(), { objectMode: false });
}
