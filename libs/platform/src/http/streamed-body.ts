import { StreamableFile } from '@nestjs/common';
import { PassThrough, type Writable } from 'node:stream';

type StreamOptions = ConstructorParameters<typeof StreamableFile>[1];

/** Writes a response body into `out`, with its backpressure; resolves when the body is complete. */
export type BodyWriter = (out: Writable) => Promise<void>;

/**
 * What `write` writes, readable while it writes, with the reader's backpressure. A failure after the first bytes can
 * no longer become a problem response: it ends the stream, and so the connection, so the client sees a cut-off body
 * rather than a complete-looking one.
 */
function whileWritten(write: BodyWriter): PassThrough {
  const out = new PassThrough();
  write(out).catch((err) => out.destroy(err));
  return out;
}

/** A response body that `write` writes while it is sent (a file export). */
export function streamedBody(write: BodyWriter, options: StreamOptions): StreamableFile {
  return new StreamableFile(whileWritten(write), options);
}

/**
 * A JSON answer too large to build in memory (a claim's million lines), written while it is sent. `T` is the shape
 * its writer produces, so an Operation documents it with its response schema as it does a plain answer, and the
 * compiler holds the two together as far as a writer's type can say.
 */
export class JsonStream<T> extends StreamableFile {
  declare private readonly shape?: T;

  constructor(write: BodyWriter) {
    super(whileWritten(write), { type: 'application/json; charset=utf-8' });
  }
}
