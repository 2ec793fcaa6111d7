/**
 * The raw floor of the pipeline benchmark, one process per service (RAW_ROLE), doing what the pipeline must do at
 * least with the same clients as the services (pg, @nats-io/jetstream) and nothing else: no framework, no
 * validation, no authentication, no audit, no logging, no monitor.
 * - intake: POST /api/v1/aanmeldingen stores the aanmelding and its aanmelding-afgerond event in one statement and
 *   answers 201 with its id; a consumer per event type applies traject-gestart and traject-toegewezen, each in one
 *   statement with its inbox row.
 * - trajecten: a consumer applies aanmelding-afgerond in one statement: its inbox row, the traject, and the traject's
 *   two events in the outbox.
 * Each role's relay runs after every commit that wrote the outbox, as the services' does: it claims the unsent rows
 * (FOR UPDATE SKIP LOCKED), publishes them with their event id as Nats-Msg-Id, awaits the acks and marks them sent,
 * in one transaction. Messages are acked after their statement committed.
 *
 * Environment: RAW_DATABASE_URL (an existing, empty database), RAW_POOL_SIZE, RAW_ROLE, NATS_URL, RAW_STREAM,
 * RAW_SUBJECT_PREFIX. Prints `listening <port>` when ready.
 */
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Pool } from 'pg';

const role = process.env.RAW_ROLE as 'intake' | 'trajecten';
const prefix = process.env.RAW_SUBJECT_PREFIX!;
const stream = process.env.RAW_STREAM!;
const pool = new Pool({ connectionString: process.env.RAW_DATABASE_URL, max: Number(process.env.RAW_POOL_SIZE ?? 10) });
const AFGEROND = 'wiz.intake.aanmelding-afgerond.v1';
const GESTART = 'wiz.trajecten.traject-gestart.v1';
const TOEGEWEZEN = 'wiz.trajecten.traject-toegewezen.v1';

const SCHEMA = `
  CREATE TABLE outbox (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id uuid NOT NULL UNIQUE,
    subject text NOT NULL, envelope jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), sent_at timestamptz);
  CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;
  CREATE TABLE inbox (consumer text NOT NULL, event_id uuid NOT NULL, PRIMARY KEY (consumer, event_id));
  ${
    role === 'intake'
      ? `CREATE TABLE aanmeldingen (id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, kanaal text NOT NULL,
           gemeentecode text NOT NULL, situatie jsonb NOT NULL, hulpvraag text NOT NULL,
           created_at timestamptz NOT NULL DEFAULT now());
         CREATE TABLE traject_aanmeldingen (traject_id uuid PRIMARY KEY, aanmelding_id uuid NOT NULL);
         CREATE TABLE traject_toewijzingen (traject_id uuid PRIMARY KEY, inwoner_id uuid NOT NULL,
           organisatie text NOT NULL, versie integer NOT NULL);`
      : `CREATE TABLE trajecten (id uuid PRIMARY KEY, inwoner_id uuid NOT NULL, aanmelding_id uuid NOT NULL UNIQUE,
           organisatie text NOT NULL, stap text NOT NULL, gestart_op timestamptz NOT NULL DEFAULT now());`
  }`;

let relayRunning = false;
let relayAgain = false;

async function main(): Promise<void> {
  await pool.query(SCHEMA);
  const nc = await connect({ servers: process.env.NATS_URL!.split(',') });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);

  const relayBatch = async (): Promise<number> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ seq: string; event_id: string; subject: string; envelope: unknown }>({
        name: 'claim',
        text: 'SELECT seq, event_id, subject, envelope FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT 200 FOR UPDATE SKIP LOCKED',
      });
      if (rows.length) {
        await Promise.all(
          rows.map((r) => js.publish(`${prefix}${r.subject}`, JSON.stringify(r.envelope), { msgID: r.event_id })),
        );
        await client.query({
          name: 'mark',
          text: 'UPDATE outbox SET sent_at = now() WHERE seq = ANY($1::bigint[])',
          values: [rows.map((r) => r.seq)],
        });
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  const relay = async (): Promise<void> => {
    if (relayRunning) {
      relayAgain = true;
      return;
    }
    relayRunning = true;
    try {
      do {
        relayAgain = false;
        while ((await relayBatch()) === 200);
      } while (relayAgain);
    } finally {
      relayRunning = false;
    }
  };
  const wrote = () => void relay().catch((err) => console.error(err));

  /** One durable per event type, as the services have; each message applied by its statement, then acked. */
  const consume = async (type: string, apply: (e: Envelope) => Promise<unknown>) => {
    const durable = `raw-${role}-${type.split('.')[2]}`;
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${prefix}${type}`,
      max_ack_pending: 1_000,
    });
    const messages = await (await js.consumers.get(stream, durable)).consume({ max_messages: 100 });
    void (async () => {
      for await (const msg of messages) {
        apply(msg.json<Envelope>()).then(
          () => msg.ack(),
          (err) => settleFailed(msg, err),
        );
      }
    })();
  };

  if (role === 'trajecten') {
    await consume(AFGEROND, async (e) => {
      const trajectId = randomUUID();
      const data = e.data as { aanmeldingId: string; inwonerId: string; organisatie: string; stap: string };
      const gestart = envelope(GESTART, trajectId, { trajectId, aanmeldingId: data.aanmeldingId });
      const toegewezen = envelope(TOEGEWEZEN, trajectId, {
        trajectId,
        inwonerId: data.inwonerId,
        organisatie: data.organisatie,
        versie: 1,
      });
      await pool.query({
        name: 'start',
        text: `WITH mark AS (INSERT INTO inbox (consumer, event_id) VALUES ('afgerond', $1) ON CONFLICT DO NOTHING RETURNING 1),
                    traject AS (INSERT INTO trajecten (id, inwoner_id, aanmelding_id, organisatie, stap)
                                SELECT $2::uuid, $3::uuid, $4::uuid, $5::text, $6::text FROM mark RETURNING id)
               INSERT INTO outbox (event_id, subject, envelope)
               SELECT e.id, e.subject, e.envelope FROM traject,
                      (VALUES ($7::uuid, '${GESTART}', $8::jsonb), ($9::uuid, '${TOEGEWEZEN}', $10::jsonb)) AS e(id, subject, envelope)`,
        values: [e.id, trajectId, data.inwonerId, data.aanmeldingId, data.organisatie, data.stap].concat([
          gestart.id,
          JSON.stringify(gestart),
          toegewezen.id,
          JSON.stringify(toegewezen),
        ]),
      });
      wrote();
    });
    process.stdout.write('listening 0\n');
    return;
  }

  await consume(GESTART, (e) => {
    const d = e.data as { trajectId: string; aanmeldingId: string };
    return pool.query({
      name: 'herkomst',
      text: `WITH mark AS (INSERT INTO inbox (consumer, event_id) VALUES ('gestart', $1) ON CONFLICT DO NOTHING RETURNING 1)
             INSERT INTO traject_aanmeldingen (traject_id, aanmelding_id) SELECT $2::uuid, $3::uuid FROM mark ON CONFLICT DO NOTHING`,
      values: [e.id, d.trajectId, d.aanmeldingId],
    });
  });
  await consume(TOEGEWEZEN, (e) => {
    const d = e.data as { trajectId: string; inwonerId: string; organisatie: string; versie: number };
    return pool.query({
      name: 'toewijzing',
      text: `WITH mark AS (INSERT INTO inbox (consumer, event_id) VALUES ('toegewezen', $1) ON CONFLICT DO NOTHING RETURNING 1)
             INSERT INTO traject_toewijzingen (traject_id, inwoner_id, organisatie, versie) SELECT $2::uuid, $3::uuid, $4::text, $5::int FROM mark
             ON CONFLICT (traject_id) DO UPDATE SET organisatie = excluded.organisatie, versie = excluded.versie
              WHERE traject_toewijzingen.versie < excluded.versie`,
      values: [e.id, d.trajectId, d.inwonerId, d.organisatie, d.versie],
    });
  });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (req.method !== 'POST' || req.url !== '/api/v1/aanmeldingen') return answer(404, { status: 404 });
      let body: { kanaal?: string; inwoner?: { gemeentecode?: string }; situatie?: unknown; hulpvraag?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { status: 400 });
      }
      const id = randomUUID();
      const inwonerId = randomUUID();
      const gemeentecode = body.inwoner?.gemeentecode ?? 'GM0014';
      const event = envelope(AFGEROND, inwonerId, {
        aanmeldingId: id,
        inwonerId,
        organisatie: gemeentecode,
        stap: 'orienteren',
      });
      pool
        .query({
          name: 'aanmelding',
          text: `WITH a AS (INSERT INTO aanmeldingen (id, inwoner_id, kanaal, gemeentecode, situatie, hulpvraag)
                            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id)
                 INSERT INTO outbox (event_id, subject, envelope) SELECT $7::uuid, '${AFGEROND}', $8::jsonb FROM a`,
          values: [
            id,
            inwonerId,
            body.kanaal ?? 'balie',
            gemeentecode,
            body.situatie ?? {},
            body.hulpvraag ?? '',
          ].concat([event.id, JSON.stringify(event)]),
        })
        .then(
          () => {
            answer(201, { id, inwonerId });
            wrote();
          },
          (err: Error) => answer(500, { status: 500, detail: err.message }),
        );
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

interface Envelope {
  id: string;
  type: string;
  subject: string;
  time: string;
  data: unknown;
}

function envelope(type: string, subject: string, data: unknown): Envelope {
  return { id: randomUUID(), type, subject, time: new Date().toISOString(), data };
}

function settleFailed(msg: JsMsg, err: Error): void {
  console.error(err.message);
  msg.nak(100);
}

process.on('SIGTERM', () => process.exit(0));
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
