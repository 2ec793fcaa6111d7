/**
 * The write of the intake benchmark's baselines (raw-baseline-server.ts, nest-floor-server.ts): per POST, in one
 * transaction, one INSERT into a table shaped like intake's `aanmeldingen` row and one INSERT into a table shaped
 * like the platform's `outbox`, on a pg Pool. Both baselines do exactly this, so they differ only in what answers
 * HTTP. Environment: RAW_DATABASE_URL (an existing, empty database), RAW_POOL_SIZE.
 */
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

export interface Body {
  kanaal?: string;
  inwoner?: { gemeentecode?: string };
  situatie?: Record<string, unknown>;
  hulpvraag?: string;
}

export const pool = new Pool({
  connectionString: process.env.RAW_DATABASE_URL,
  max: Number(process.env.RAW_POOL_SIZE ?? 10),
});

export async function register(body: Body): Promise<unknown> {
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

/** Creates the two tables (idempotent). */
export async function createSchema(): Promise<void> {
  await pool.query(SCHEMA);
}
