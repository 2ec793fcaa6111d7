import { createWriteStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** Streams a GET response into `file` without holding it in memory; returns the status, content type and bytes. */
export async function download(
  url: string,
  token: string,
  file: string,
): Promise<{ status: number; contentType: string; bytes: number }> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  const teller = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
    teller,
    createWriteStream(file),
  );
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', bytes };
}

/**
 * The entry names of a zip file, read from its central directory (an XLSX is a zip): proves the file is a whole
 * zip with the parts a workbook needs, without unpacking it. Handles plain and zip64 end records.
 */
export function zipEntries(file: string): string[] {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const read = (pos: number, len: number) => {
      const b = Buffer.alloc(len);
      readSync(fd, b, 0, len, pos);
      return b;
    };
    if (read(0, 4).readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip: no PK\\x03\\x04 header');
    const tailLen = Math.min(size, 65_557);
    const tail = read(size - tailLen, tailLen);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error('not a whole zip: no end of central directory');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      const locator = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]));
      const z64 = read(Number(tail.readBigUInt64LE(locator + 8)), 56);
      count = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
    }
    const cd = read(cdOffset, cdSize);
    const names: string[] = [];
    for (let pos = 0; names.length < count;) {
      if (cd.readUInt32LE(pos) !== 0x02014b50) throw new Error(`bad central directory entry at ${pos}`);
      const nameLen = cd.readUInt16LE(pos + 28);
      const extraLen = cd.readUInt16LE(pos + 30);
      const commentLen = cd.readUInt16LE(pos + 32);
      names.push(cd.toString('utf8', pos + 46, pos + 46 + nameLen));
      pos += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  } finally {
    closeSync(fd);
  }
}
