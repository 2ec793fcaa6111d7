/**
 * The raw baseline of the intake benchmark, run as its own process: a bare node:http server with a pg Pool that,
 * per POST, parses the JSON body and in one transaction does one INSERT into a table shaped like intake's
 * `aanmeldingen` row and one INSERT into a table shaped like the platform's `outbox`. No framework, no
 * validation, no auth, no logging: what the write path costs at least on this machine and this PostgreSQL.
 *
 * Environment: RAW_DATABASE_URL (an existing, empty database), RAW_POOL_SIZE. Prints `listening <port>` when ready.
 */
import * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS aanmeldingen (
    id uuid PRIMARY KEY,
    inwoner_id uuid NOT NULL,
    kanaal text NOT NULL,
    status text NOT NULL,
    organisatie text NOT NULL,
    gemeentecode text NOT NULL,
    route jsonb NOT NULL,
    situatie jsonb NOT NULL,
    hulpvraag text NOT NULL,
    geregistreerd_door text NOT NULL,
    geregistreerd_door_organisatie text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    routeringsversie integer,
    routeringsregel text,
    hulpvraag_soort text NOT NULL DEFAULT 'onbekend',
    participatieladder smallint
  );
  CREATE INDEX IF NOT EXISTS aanmeldingen_inwoner ON aanmeldingen (inwoner_id);
  CREATE INDEX IF NOT EXISTS aanmeldingen_organisatie ON aanmeldingen (organisatie);
  CREATE TABLE IF NOT EXISTS outbox (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE,
    subject text NOT NULL,
    envelope jsonb NOT NULL,
    correlation_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    available_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    sent_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;
`;

interface Body {
  kanaal?: string;
  inwoner?: { gemeentecode?: string };
  situatie?: Record<string, unknown>;
  hulpvraag?: string;
}

const pool = new Pool({ connectionString: process.env.RAW_DATABASE_URL, max: Number(process.env.RAW_POOL_SIZE ?? 10) });

async function register(body: Body): Promise<unknown> {
  const id = randomUUID();
  const inwonerId = randomUUID();
  const gemeentecode = body.inwoner?.gemeentecode ?? 'GM0014';
  const route = {
    stap: 'orienteren',
    organisatie: gemeentecode,
    dienst: 'werkcoaching',
    regelingen: [],
    toelichting: 'raw baseline',
  };
  const envelope = {
    specversion: '1.0',
    id: randomUUID(),
    source: 'wiz/raw',
    type: 'wiz.intake.aanmelding-afgerond.v1',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    subject: inwonerId,
    correlationid: randomUUID(),
    data: {
      aanmeldingId: id,
      inwonerId,
      kanaal: body.kanaal,
      organisatie: gemeentecode,
      gemeentecode,
      stap: route.stap,
      dienst: route.dienst,
      regelingen: [],
      aangemeldOp: new Date().toISOString(),
    },
  };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO aanmeldingen (id, inwoner_id, kanaal, status, organisatie, gemeentecode, route, situatie, hulpvraag, hulpvraag_soort,
                                 geregistreerd_door, geregistreerd_door_organisatie)
       VALUES ($1, $2, $3, 'doorverwezen', $4, $5, $6, $7, $8, 'onbekend', 'raw', 'GM0014')`,
      [
        id,
        inwonerId,
        body.kanaal ?? 'balie',
        gemeentecode,
        gemeentecode,
        route,
        body.situatie ?? {},
        body.hulpvraag ?? '',
      ],
    );
    await client.query('INSERT INTO outbox (event_id, subject, envelope, correlation_id) VALUES ($1, $2, $3, $4)', [
      envelope.id,
      envelope.type,
      envelope,
      envelope.correlationid,
    ]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  return { id, inwonerId, status: 'doorverwezen', route };
}

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
  await pool.query(SCHEMA);
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
