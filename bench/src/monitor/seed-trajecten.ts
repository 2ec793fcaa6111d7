import { Client } from 'pg';
import { STAPPEN } from '@wiz/contracts';
import { gemeenteSlots } from './gemeenten';

export interface SeedOptions {
  trajecten: number;
  /** Step changes in total (exact); each traject gets 0..2×average of them. */
  stapEvents: number;
  /** Trajecten start between these two moments; every step change lies before `tot`. */
  van: Date;
  tot: Date;
  /** Close about 45% of the trajecten some days after their last change (the monitor); false keeps all open. */
  afsluiten: boolean;
  log: (line: string) => void;
}

export interface SeedResult {
  trajecten: number;
  stapEvents: number;
  inwonersVooruit: number;
  dagtellingen: number;
  maandtellingen: number;
  seconds: number;
}

const AFSLUITREDENEN = ['werk', 'werk', 'werk', 'scholing', 'verhuisd', 'geen-medewerking', 'anders'];
const TOELICHTINGEN = [
  'Voortgangsgesprek: klaar voor de volgende stap',
  'Na afronding van de activiteit',
  'Op verzoek van de inwoner',
  'Afgestemd met de werkgever',
  'Terug naar een eerdere stap na uitval',
  'Warme overdracht tussen consulenten',
];

/**
 * Fills trajecten's database directly, in bulk, with what the service itself would have written after processing
 * `trajecten` aanmelding-afgerond events and `stapEvents` step changes (POST …/stappen), some of them followed by an
 * afsluiting:
 * - `trajecten`: one row per aanmelding (about one in ten inwoners has a second traject), with the `stappen`
 *   history as JSON exactly as `startTraject`/`zetStap`/`sluitAf` build it, `versie` = 1 + changes, status;
 * - `stap_overgangen`: every step change, inserted in time order (ids grow with time, as in the service);
 * - the monitor read model, DERIVED from those rows with SQL: `monitor_vooruit` = each inwoner's first move to a
 *   later step (stap-vooruit.ts: a move forward counts, credited to the step left, on the UTC day and in the
 *   gemeente of that traject), and the daily and monthly counters (`gestart`, `vooruit`, `vooruit:<stap>`) grouped
 *   from trajecten and monitor_vooruit — so GET /monitor returns the numbers of this data.
 * Left out, because nothing read here depends on them: inbox rows of the consumed events, outbox rows (removed
 * after a week anyway), and the contact-moment/stalled reminders in `opvolgingen` (the reconciler would put those
 * in Redis). Activities, ladder rises and placements are not seeded, so their counters stay zero.
 *
 * Pseudo-random but deterministic (hashes of the row number), generated inside PostgreSQL: no rows cross the wire.
 * The step history's foreign key and index are dropped during the load and created again afterwards (same
 * definitions; checked), which is how a bulk load is done and leaves the schema as the migrations made it.
 */
export async function seedTrajecten(databaseUrl: string, o: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const n = o.trajecten;
  const gemiddeld = o.stapEvents / n;
  if (!Number.isInteger(gemiddeld) || gemiddeld > 30)
    throw new Error(`stapEvents must be a whole multiple (≤ 30) of trajecten, got ${o.stapEvents}/${n}`);
  const spreiding = Math.min(gemiddeld, 5);
  const db = new Client({ connectionString: databaseUrl, application_name: 'wiz-bench-seed' });
  await db.connect();
  const stap = async (what: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    o.log(
      `  seed: ${what}${r.rowCount ? ` (${r.rowCount.toLocaleString('en')} rows)` : ''} ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    return r;
  };
  try {
    await db.query(
      `SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET temp_buffers = '512MB'; SET synchronous_commit = off`,
    );
    // r(x, salt) ∈ [0, 1): a hash of the row number, so the same run size always gives the same data.
    await db.query(
      `CREATE FUNCTION pg_temp.r(bigint, int) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT (hashint8($1 * 64 + $2) & 2147483647)::float8 / 2147483648'`,
    );
    await db.query(
      `CREATE FUNCTION pg_temp.iso(timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')$$`,
    );
    // A version-4-shaped UUID from an md5 (zod's uuid() checks the version and variant digits, as events carry them).
    await db.query(
      `CREATE FUNCTION pg_temp.uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid$$`,
    );
    const schemaVoor = await schema(db);

    // One row per traject: who, where, which start step, how many changes, when it started, ended and closed.
    await stap(
      'trajecten (staging)',
      `
      CREATE TEMP TABLE seed_traject AS
      SELECT i, pg_temp.uuid('wiz-bench-traject-' || i) AS id, pg_temp.uuid('wiz-bench-inwoner-' || inw) AS inwoner_id,
             pg_temp.uuid('wiz-bench-aanmelding-' || i) AS aanmelding_id, gemeentecode,
             CASE WHEN pg_temp.r(i, 2) < 0.85 THEN gemeentecode WHEN pg_temp.r(i, 2) < 0.95 THEN 'UWV' ELSE 'talentperron' END AS organisatie,
             s0, k, ladder, gestart_op, einde,
             CASE WHEN $5 AND pg_temp.r(i, 8) < 0.45 AND einde + interval '14 days' < $3::timestamptz
                  THEN date_trunc('milliseconds', einde + (1 + pg_temp.r(i, 9) * 6) * interval '1 day') END AS gesloten_op,
             ($4::text[])[1 + floor(pg_temp.r(i, 10) * array_length($4::text[], 1))::int] AS reden
        FROM (
          SELECT i, inw, gemeentecode, s0, k, ladder, gestart_op,
                 date_trunc('milliseconds', gestart_op + least($3::timestamptz - gestart_op - interval '1 hour', (30 + pg_temp.r(i, 7) * 700) * interval '1 day')) AS einde
            FROM (
              SELECT i, inw,
                     ($1::text[])[1 + floor(pg_temp.r(inw, 1) * 1000)::int] AS gemeentecode,
                     (ARRAY[0,0,0,0,0,0,0,1,1,1,1,1,2,2,2,3,3,4,4,4])[1 + floor(pg_temp.r(i, 3) * 20)::int] AS s0,
                     ${gemiddeld} + CASE WHEN i % 2 = 1 AND i < ${n} THEN floor(pg_temp.r(i, 4) * ${2 * spreiding + 1})::int - ${spreiding}
                                         WHEN i % 2 = 0 THEN ${spreiding} - floor(pg_temp.r(i - 1, 4) * ${2 * spreiding + 1})::int ELSE 0 END AS k,
                     CASE WHEN pg_temp.r(i, 11) < 0.25 THEN NULL ELSE 1 + floor(pg_temp.r(i, 12) * 5)::int END AS ladder,
                     date_trunc('milliseconds', $2::timestamptz + pg_temp.r(i, 5) * ($3::timestamptz - $2::timestamptz - interval '2 days')) AS gestart_op
                FROM (SELECT i, CASE WHEN i % 10 = 0 THEN i - 5 ELSE i END AS inw FROM generate_series(1, ${n}) i) g
            ) a
        ) b`,
      [gemeenteSlots(), o.van, o.tot, AFSLUITREDENEN, o.afsluiten],
    );

    // The step changes: each moves 1..4 places round the five steps (mostly one forward, sometimes back or
    // skipping; never staying put, as zetStap refuses), spread in time order between start and end.
    await stap(
      'step changes (staging)',
      `
      CREATE TEMP TABLE seed_moves AS
      SELECT i, traject_id, j, op, pg_temp.iso(op) AS op_iso, ((s0 + cum - d) % 5)::int AS van, ((s0 + cum) % 5)::int AS naar
        FROM (
          SELECT t.i, t.id AS traject_id, t.s0, j, dd.d, sum(dd.d) OVER (PARTITION BY t.i ORDER BY j) AS cum,
                 date_trunc('milliseconds', t.gestart_op + (t.einde - t.gestart_op) * ((j - 0.95 + 0.9 * pg_temp.r(t.i * 64 + j, 13)) / t.k)) AS op
            FROM seed_traject t
            CROSS JOIN LATERAL generate_series(1, t.k) j
            CROSS JOIN LATERAL (SELECT (ARRAY[1,1,1,1,1,1,1,1,1,1,1,2,2,3,3,4,4,4,4,4])[1 + floor(pg_temp.r(t.i * 64 + j, 14) * 20)::int] AS d) dd
        ) x`,
    );
    await db.query('CREATE INDEX ON seed_moves (i, j)');
    await db.query('ANALYZE seed_traject; ANALYZE seed_moves');

    // Bulk load: the indexes and constraints of the two big tables (and the foreign keys pointing at trajecten) are
    // dropped now and built again after the load from their own definitions, in one sort each instead of a million
    // random index insertions (42 s → 6 s for trajecten alone). schema() below proves they come back the same.
    const bouwWeer = await zonderIndexen(db, ['trajecten', 'stap_overgangen']);

    // trajecten, with the stappen history as the domain writes it: a period per step, `tot` the next change. The
    // periods are aggregated from a subquery sorted by (traject, period), without ORDER BY inside the aggregate
    // (PostgreSQL 15 would sort every group separately: 5× slower), as JSON text cast once per traject (jsonb_agg of
    // jsonb_build_object is several times slower); the result is checked below.
    await stap(
      'trajecten',
      `
      INSERT INTO trajecten (id, inwoner_id, aanmelding_id, organisatie, gemeentecode, status, huidige_stap, stappen, versie,
                             gestart_op, participatieladder, afsluitreden, afgesloten_op, laatste_wijziging_op)
      SELECT t.id, t.inwoner_id, t.aanmelding_id, t.organisatie, t.gemeentecode,
             CASE WHEN t.gesloten_op IS NULL THEN 'actief' ELSE 'afgesloten' END,
             ($1::text[])[coalesce(ml.naar, t.s0) + 1], p.stappen, 1 + t.k + (t.gesloten_op IS NOT NULL)::int, t.gestart_op, t.ladder,
             CASE WHEN t.gesloten_op IS NOT NULL THEN t.reden END, (t.gesloten_op AT TIME ZONE 'UTC')::date,
             coalesce(t.gesloten_op, ml.op, t.gestart_op)
        FROM seed_traject t
        LEFT JOIN seed_moves ml ON ml.i = t.i AND ml.j = t.k
        JOIN (
          SELECT i, ('[' || string_agg('{"stap":"' || ($1::text[])[s + 1] || '","van":"' || van || '","tot":' || coalesce('"' || tot || '"', 'null') || '}', ',') || ']')::jsonb AS stappen
            FROM (
              SELECT t.i, 0 AS j, t.s0 AS s, pg_temp.iso(t.gestart_op) AS van, coalesce(m.op_iso, pg_temp.iso(t.gesloten_op)) AS tot
                FROM seed_traject t LEFT JOIN seed_moves m ON m.i = t.i AND m.j = 1
              UNION ALL
              SELECT m.i, m.j, m.naar, m.op_iso, coalesce(lead(m.op_iso) OVER (PARTITION BY m.i ORDER BY m.j), pg_temp.iso(t.gesloten_op))
                FROM seed_moves m JOIN seed_traject t ON t.i = m.i
              ORDER BY 1, 2
            ) periode
           GROUP BY i
        ) p ON p.i = t.i
       ORDER BY t.gestart_op`,
      [[...STAPPEN]],
    );
    const {
      rows: [{ fout }],
    } = await db.query(`
      SELECT count(*)::int AS fout FROM trajecten
       WHERE jsonb_array_length(stappen) <> versie - (status = 'afgesloten')::int OR stappen -> -1 ->> 'stap' <> huidige_stap
          OR stappen -> 0 ->> 'van' <> pg_temp.iso(gestart_op) OR (stappen -> -1 -> 'tot' <> 'null'::jsonb) <> (status = 'afgesloten')`);
    if (fout) throw new Error(`${fout} seeded trajecten have a stappen history out of order`);

    await stap(
      'stap_overgangen',
      `
      INSERT INTO stap_overgangen (traject_id, van, naar, door, toelichting, op)
      SELECT traject_id, ($1::text[])[van + 1], ($1::text[])[naar + 1], 'consulent-' || lpad(((i * 7 + j) % 400)::text, 3, '0'),
             ($2::text[])[1 + (i + j) % ${TOELICHTINGEN.length}], op
        FROM seed_moves ORDER BY op, i`,
      [[...STAPPEN], TOELICHTINGEN],
    );
    await stap('indexes and constraints of trajecten and stap_overgangen (again)', bouwWeer.join(';\n'));
    await db.query('DROP TABLE seed_moves, seed_traject');

    // The read model, derived from the rows above.
    const vooruit = await stap(
      'monitor_vooruit (first move forward per inwoner)',
      `
      INSERT INTO monitor_vooruit (inwoner_id, dag, gemeentecode, stap, via)
      SELECT DISTINCT ON (t.inwoner_id) t.inwoner_id, (s.op AT TIME ZONE 'UTC')::date, t.gemeentecode, s.van, 'stap'
        FROM stap_overgangen s JOIN trajecten t ON t.id = s.traject_id
       WHERE array_position($1::text[], s.naar) > array_position($1::text[], s.van)
       ORDER BY t.inwoner_id, s.op, s.id`,
      [[...STAPPEN]],
    );
    const dag = await stap(
      'monitor_tellingen (per day)',
      `
      INSERT INTO monitor_tellingen (metriek, dag, gemeentecode, aantal)
      SELECT 'gestart', (gestart_op AT TIME ZONE 'UTC')::date, gemeentecode, count(*) FROM trajecten GROUP BY 2, 3
      UNION ALL
      SELECT 'vooruit', dag, gemeentecode, count(*) FROM monitor_vooruit GROUP BY 2, 3
      UNION ALL
      SELECT 'vooruit:' || stap, dag, gemeentecode, count(*) FROM monitor_vooruit GROUP BY 1, 2, 3
      ORDER BY 2, 3, 1`,
    );
    const maand = await stap(
      'monitor_maandtellingen (per month)',
      `
      INSERT INTO monitor_maandtellingen (metriek, maand, gemeentecode, aantal)
      SELECT metriek, date_trunc('month', dag)::date, gemeentecode, sum(aantal) FROM monitor_tellingen GROUP BY 1, 2, 3
      ORDER BY 2, 3, 1`,
    );
    await stap(
      'VACUUM ANALYZE',
      'VACUUM (ANALYZE) trajecten, stap_overgangen, monitor_vooruit, monitor_tellingen, monitor_maandtellingen',
    );

    const schemaNa = await schema(db);
    if (schemaNa !== schemaVoor)
      throw new Error(`the seeding changed the schema:\nbefore ${schemaVoor}\nafter ${schemaNa}`);
    const [{ trajecten, overgangen }] = (
      await db.query(
        'SELECT (SELECT count(*) FROM trajecten)::int AS trajecten, (SELECT count(*) FROM stap_overgangen)::int AS overgangen',
      )
    ).rows;
    return {
      trajecten,
      stapEvents: overgangen,
      inwonersVooruit: vooruit.rowCount ?? 0,
      dagtellingen: dag.rowCount ?? 0,
      maandtellingen: maand.rowCount ?? 0,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await db.end();
  }
}

/**
 * Drops the indexes and constraints of `tables` (and foreign keys that point at them); returns the statements that
 * create them again, in dependency order (indexes, primary and unique keys, then foreign keys).
 */
async function zonderIndexen(db: Client, tables: string[]): Promise<string[]> {
  const { rows: constraints } = await db.query(
    `SELECT conrelid::regclass::text AS tabel, conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f')
        AND (conrelid::regclass::text = ANY($1) OR (contype = 'f' AND confrelid::regclass::text = ANY($1)))`,
    [tables],
  );
  const { rows: indexes } = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace)`,
    [tables],
  );
  const fks = constraints.filter((c) => c.contype === 'f');
  const keys = constraints.filter((c) => c.contype !== 'f');
  for (const c of [...fks, ...keys]) await db.query(`ALTER TABLE ${c.tabel} DROP CONSTRAINT "${c.conname}"`);
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`);
  return [
    ...indexes.map((i) => i.indexdef),
    ...[...keys, ...fks].map((c) => `ALTER TABLE ${c.tabel} ADD CONSTRAINT "${c.conname}" ${c.def}`),
  ];
}

/** Indexes and constraints of the public schema, to prove a bulk load left them as the migrations made them. */
async function schema(db: Client): Promise<string> {
  const { rows } = await db.query(`
    SELECT string_agg(d, E'\n' ORDER BY d) AS s FROM (
      SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL
      SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ) x`);
  return rows[0].s;
}
