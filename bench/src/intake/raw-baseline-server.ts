/**
 * The raw baseline of the intake benchmark, run as its own process: a bare node:http server with a pg Pool that,
 * per POST, parses the JSON body and does the baseline's write (raw-write.ts: one INSERT into a table shaped like
 * intake's `aanmeldingen` row and one into one shaped like the platform's `outbox`, in one transaction). No
 * framework, no validation, no auth, no logging: what the write path costs at least on this machine and this
 * PostgreSQL.
 *
 * Environment: as raw-write.ts. Prints `listening <port>` when ready.
 */
import * as http from 'node:http';
import { Body, createSchema, pool, register } from './raw-write';

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return answer(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/api/v1/aanmeldingen') return answer(res, 404, { status: 404 });
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let body: Body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body;
    } catch {
      return answer(res, 400, { status: 400 });
    }
    register(body).then(
      (result) => answer(res, 201, result),
      (err: Error) => answer(res, 500, { status: 500, detail: err.message }),
    );
  });
});
server.keepAliveTimeout = 65_000;

async function main(): Promise<void> {
  await createSchema();
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
