import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

const LOKAAL_HANDTEKENING = 0x04034b50;
const NAWOORD_HANDTEKENING = 0x08074b50;
const INHOUD_HANDTEKENING = 0x02014b50;
const EINDE_HANDTEKENING = 0x06054b50;
const DEFLATE = 8;
/** Bit 3: crc and sizes follow the data (they are known only then); bit 11: the name is UTF-8. */
const VLAGGEN = 0x0008 | 0x0800;
const VERSIE = 20;
/** Without ZIP64 a size or offset has 32 bits: a claim far beyond ten million lines would pass it. */
const MAX_32 = 0xffffffff;

/**
 * A zip archive written straight into `out` while its entries are produced: each entry is deflated as it streams
 * (crc and sizes in a data descriptor after it), and the table of contents, a few dozen bytes per entry, is the
 * only thing kept until the end. Backpressure runs through: an entry's source is read only as fast as `out` takes
 * the compressed bytes, so a slow client holds the database cursor instead of filling memory.
 */
export class ZipSchrijver {
  private offset = 0;
  private readonly inhoud: Buffer[] = [];
  private readonly tijd = dosTijd(new Date());

  constructor(private readonly out: Writable) {}

  /** One entry; `bron` yields its content in pieces, read one at a time. */
  async deel(naam: string, bron: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<void> {
    const naamBytes = Buffer.from(naam, 'utf8');
    const begin = this.offset;
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(LOKAAL_HANDTEKENING, 0);
    kop.writeUInt16LE(VERSIE, 4);
    kop.writeUInt16LE(VLAGGEN, 6);
    kop.writeUInt16LE(DEFLATE, 8);
    kop.writeUInt32LE(this.tijd, 10);
    kop.writeUInt16LE(naamBytes.length, 26);
    await this.schrijf(Buffer.concat([kop, naamBytes]));

    let crc = 0;
    let uitgepakt = 0;
    const dataBegin = this.offset;
    await pipeline(
      // One piece waits ahead at most: the source (a cursor) is not read further than the zip needs.
      Readable.from(bron, { objectMode: true, highWaterMark: 1 }),
      new Transform({
        transform(stuk: Buffer, _codering, klaar) {
          crc = crc32(stuk, crc);
          uitgepakt += stuk.length;
          klaar(null, stuk);
        },
      }),
      createDeflateRaw(),
      // Into `out` through schrijf, which waits for its drain: `out` itself stays open for the next entry.
      new Writable({
        write: (stuk: Buffer, _codering, klaar) => {
          this.schrijf(stuk).then(() => klaar(), klaar);
        },
      }),
    );
    const gecomprimeerd = this.offset - dataBegin;
    if (uitgepakt > MAX_32 || this.offset > MAX_32)
      throw new Error(`zip entry ${naam} passes the 4 GiB a zip without ZIP64 can describe`);

    const nawoord = Buffer.alloc(16);
    nawoord.writeUInt32LE(NAWOORD_HANDTEKENING, 0);
    nawoord.writeUInt32LE(crc, 4);
    nawoord.writeUInt32LE(gecomprimeerd, 8);
    nawoord.writeUInt32LE(uitgepakt, 12);
    await this.schrijf(nawoord);

    const centraal = Buffer.alloc(46);
    centraal.writeUInt32LE(INHOUD_HANDTEKENING, 0);
    centraal.writeUInt16LE(VERSIE, 4);
    centraal.writeUInt16LE(VERSIE, 6);
    centraal.writeUInt16LE(VLAGGEN, 8);
    centraal.writeUInt16LE(DEFLATE, 10);
    centraal.writeUInt32LE(this.tijd, 12);
    centraal.writeUInt32LE(crc, 16);
    centraal.writeUInt32LE(gecomprimeerd, 20);
    centraal.writeUInt32LE(uitgepakt, 24);
    centraal.writeUInt16LE(naamBytes.length, 28);
    centraal.writeUInt32LE(begin, 42);
    this.inhoud.push(centraal, naamBytes);
  }

  /** The table of contents and the end record; ends `out`. */
  async sluit(): Promise<void> {
    const inhoud = Buffer.concat(this.inhoud);
    const einde = Buffer.alloc(22);
    const aantal = this.inhoud.length / 2;
    einde.writeUInt32LE(EINDE_HANDTEKENING, 0);
    einde.writeUInt16LE(aantal, 8);
    einde.writeUInt16LE(aantal, 10);
    einde.writeUInt32LE(inhoud.length, 12);
    einde.writeUInt32LE(this.offset, 16);
    await this.schrijf(Buffer.concat([inhoud, einde]));
    this.out.end();
  }

  private async schrijf(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    if (this.out.write(buf)) return;
    await new Promise<void>((resolve, reject) => {
      const klaar = () => {
        this.out.off('drain', klaar).off('close', weg);
        resolve();
      };
      const weg = () => {
        this.out.off('drain', klaar).off('close', weg);
        reject(new Error('the export stream closed while writing'));
      };
      this.out.on('drain', klaar).on('close', weg);
    });
  }
}

/** MS-DOS date and time as a zip stores them (local clock fields, two-second resolution), in one 32-bit value. */
function dosTijd(d: Date): number {
  const tijd = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const datum = ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return ((datum << 16) | tijd) >>> 0;
}
