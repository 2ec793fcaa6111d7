import type { Readable } from 'node:stream';
import { JsonStream, streamedBody } from './streamed-body';

/** Everything the body gave before it ended, and how it ended. */
function lees(stream: Readable): Promise<{ text: string; error?: Error }> {
  const delen: Buffer[] = [];
  return new Promise((resolve) => {
    stream.on('data', (d: Buffer) => delen.push(d));
    stream.on('end', () => resolve({ text: Buffer.concat(delen).toString() }));
    stream.on('error', (error) => resolve({ text: Buffer.concat(delen).toString(), error }));
  });
}

describe('streamedBody', () => {
  it('sends what the writer writes, while it writes', async () => {
    const body = streamedBody(
      async (out) => {
        out.write('{"a":');
        await new Promise((r) => setTimeout(r, 10));
        out.end('1}');
      },
      { type: 'application/json' },
    );
    expect(await lees(body.getStream())).toEqual({ text: '{"a":1}' });
  });

  it("ends the body with the writer's error, so the client sees a cut-off answer, not a complete-looking one", async () => {
    const body = streamedBody(
      async (out) => {
        out.write('{"a":');
        throw new Error('the cursor went away');
      },
      { type: 'application/json' },
    );
    const { text, error } = await lees(body.getStream());
    expect(text).toBe('{"a":');
    expect(error?.message).toBe('the cursor went away');
  });
});

describe('JsonStream', () => {
  it('answers as JSON in UTF-8', async () => {
    const body = new JsonStream<{ a: number }>(async (out) => void out.end('{"a":1}'));
    expect(body.getHeaders().type).toBe('application/json; charset=utf-8');
    expect(await lees(body.getStream())).toEqual({ text: '{"a":1}' });
  });
});
