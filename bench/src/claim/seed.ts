import type { Client } from 'pg';
import { ARBEIDSMARKTSTATUSSEN, GESLACHTEN, LEEFTIJDSBANDEN, OPLEIDINGSNIVEAUS } from '@wiz/contracts';
import { BUITEN_REGIO, CLAIM, JTF, NPG, Omvang, ORGANISATIE, REGIO } from './scenario';
import { seedVerloop } from './verloop';

/** Ids the seed derives from a line number, so the submitted claims below can name the lines they hold. */
const KOSTENREGEL_ID = (g: string) => `md5('kr-' || ${g})::uuid`;
const NPG_ID = (g: string) => `md5('npg-' || ${g})::uuid`;
const DEELNEMER_ID = (i: string) => `md5('deelnemer-' || (${i}))::uuid`;
export const NPG_DECLARATIE = "md5('declaratie-npg')::uuid";
export const JTF_DECLARATIE = "md5('declaratie-jtf-eerder')::uuid";

/**
 * The rows exactly as the service stores them (the columns its handlers and KostenregelOpslag write), made in SQL
 * because the API import of a million lines would take longer than the benchmark itself:
 * - `deelnemers`: the register as aanmelding-afgerond builds it (the ESF+ entry attributes from the event's enums;
 *   a few percent of each left out, which the register stores as null = unknown; langdurig_werkloos only asked of
 *   the unemployed; the yes/no attributes mostly null together, as an intake that skipped the optional questions
 *   leaves them); 5% live outside the region. The facts after entry: claim/verloop.ts.
 * - `kostenregels` of JTF: `lines` candidates in the claim period plus 2% dated after it (not candidates).
 *   10% carry no participant (materiaal/overig), 3% an inwonerId the register does not know, personeel lines are
 *   hours × rate floored like the import does; 3% are dated in 2024-Q4 (outside the regeling: buiten-periode);
 *   line g has bewijsstuk BS-g except: g%50=11 none, g%200=13 blank, g%1000=5 reuses that of line g-2.
 * - an earlier JTF claim, submitted, holding the lines g%100=3 (so they and the reused bewijsstukken are
 *   al-gedeclareerd), and an NPG claim, submitted, whose lines carry the bewijsstukken of JTF lines g%100=7
 *   (dubbele-financiering): rows in declaraties, declaratie_oordelen and ingediende_kostenregels as submission writes.
 */
export async function seed(db: Client, omvang: Omvang, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    log(
      `seed: ${what}${r.rowCount != null && r.command === 'INSERT' ? ` (${r.rowCount} rows)` : ''} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  };
  // One connection and no parallel plan: random() draws in one sequence.
  await db.query('SET max_parallel_workers_per_gather = 0');
  await db.query('SELECT setseed(0.2025)');

  await step(
    'deelnemers',
    `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht, arbeidsbeperking,
                             langdurig_werkloos, derdelander, migratieachtergrond, minderheid, dakloos, platteland)
     SELECT ${DEELNEMER_ID('i')},
            CASE WHEN r1 < 0.05 THEN ($2::text[])[1 + floor(r2 * cardinality($2::text[]))::int] ELSE ($3::text[])[1 + floor(r2 * cardinality($3::text[]))::int] END,
            date '2023-06-01' + floor(r3 * 700)::int,
            CASE WHEN r4 < 0.03 THEN NULL ELSE ($4::text[])[1 + floor(r4 * 4)::int] END,
            CASE WHEN r5 < 0.02 THEN NULL ELSE ($5::text[])[1 + floor(r5 * 4)::int] END,
            CASE WHEN r6 < 0.03 THEN NULL ELSE ($6::text[])[1 + floor(r6 * 4)::int] END,
            CASE WHEN r7 < 0.1 THEN NULL ELSE ($7::text[])[1 + floor(r7 * 4)::int] END,
            r8 < 0.08,
            CASE WHEN ($4::text[])[1 + floor(r4 * 4)::int] = 'werkloos' AND r4 >= 0.03 AND r9 >= 0.15 THEN r10 < 0.45 END,
            CASE WHEN r9 >= 0.1 THEN r10 < 0.06 END, CASE WHEN r9 >= 0.1 THEN r11 < 0.25 END, CASE WHEN r9 >= 0.12 THEN r11 < 0.08 END,
            CASE WHEN r9 >= 0.05 THEN r12 < 0.02 END, CASE WHEN r9 >= 0.05 THEN r12 > 0.7 END
       FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8, random() r9, random() r10,
                    random() r11, random() r12
               FROM generate_series(1, $1::int) i OFFSET 0) x`,
    [
      omvang.deelnemers,
      BUITEN_REGIO,
      REGIO,
      [...ARBEIDSMARKTSTATUSSEN],
      [...LEEFTIJDSBANDEN],
      [...OPLEIDINGSNIVEAUS],
      [...GESLACHTEN],
    ],
  );
  await seedVerloop(db, step);

  const na = Math.ceil(omvang.lines * 0.02);
  await step(
    'kostenregels JTF',
    `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, uren, uurtarief_centen, organisatie)
     SELECT ${KOSTENREGEL_ID('g')}, 'JTF', inwoner_id, soort,
            CASE WHEN soort = 'personeel' THEN floor(uren * tarief)::bigint ELSE 500 + floor(r4 * 250000)::bigint END,
            datum,
            CASE soort WHEN 'personeel' THEN 'uren trajectbegeleiding week ' || (1 + g % 52) WHEN 'opleiding' THEN 'opleiding kansrijk beroep'
                       WHEN 'begeleiding' THEN 'jobcoaching' WHEN 'materiaal' THEN 'lesmateriaal groep ' || (g % 400) ELSE 'reiskosten groepsbijeenkomst' END,
            CASE WHEN g % 50 = 11 THEN NULL WHEN g % 200 = 13 THEN '' WHEN g % 1000 = 5 THEN 'BS-' || (g - 2) ELSE 'BS-' || g END,
            CASE WHEN soort = 'personeel' THEN uren END,
            CASE WHEN soort = 'personeel' THEN tarief END,
            '${ORGANISATIE}'
       FROM (SELECT g, r4,
                    CASE WHEN r1 < 0.10 THEN NULL WHEN r1 < 0.13 THEN md5('onbekend-' || g)::uuid ELSE ${DEELNEMER_ID('1 + floor(r2 * $2::int)::int')} END AS inwoner_id,
                    CASE WHEN r1 < 0.10 THEN (CASE WHEN r3 < 0.6 THEN 'materiaal' ELSE 'overig' END)
                         WHEN r3 < 0.4 THEN 'personeel' WHEN r3 < 0.65 THEN 'opleiding' ELSE 'begeleiding' END AS soort,
                    ((1 + floor(r4 * 32)) * 0.25)::numeric(8,2) AS uren,
                    (3500 + floor(r5 * 4000))::bigint AS tarief,
                    CASE WHEN g > $1::int THEN date '2026-01-01' + floor(r7 * 90)::int
                         WHEN r6 < 0.03 THEN date '2024-10-01' + floor(r7 * 92)::int
                         ELSE date '2025-01-01' + floor(r7 * 365)::int END AS datum
               FROM (SELECT g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7
                       FROM generate_series(1, $1::int + $3::int) g OFFSET 0) x) y`,
    [omvang.lines, omvang.deelnemers, na],
  );

  await step(
    'kostenregels NPG',
    `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, organisatie)
     SELECT ${NPG_ID('g')}, 'NPG', NULL, 'overig', 10000 + g % 9000, date '2025-01-01' + g % 365, 'gedeelde factuur', 'BS-' || g, '${ORGANISATIE}'
       FROM generate_series(7, $1::int, 100) g`,
    [omvang.lines],
  );

  // Two submitted claims, as POST …/indiening leaves them.
  for (const [id, regeling, periode, regels] of [
    [
      NPG_DECLARATIE,
      NPG.code,
      [NPG.startdatum, NPG.einddatum],
      `SELECT ${NPG_ID('g')} AS id FROM generate_series(7, $1::int, 100) g`,
    ],
    [
      JTF_DECLARATIE,
      JTF.code,
      [CLAIM.periodeVan, CLAIM.periodeTot],
      `SELECT ${KOSTENREGEL_ID('g')} AS id FROM generate_series(3, $1::int, 100) g`,
    ],
  ] as const) {
    await step(
      `ingediende declaratie ${regeling}`,
      `WITH d AS (
         INSERT INTO declaraties (id, regeling_code, periode_van, periode_tot, status, voortgang, resultaat, aangemaakt_door, organisatie, created_at, ingediend_op)
         VALUES (${id}, $2, $3, $4, 'ingediend', 100, '{}'::jsonb, 'bench', '${ORGANISATIE}', now() - interval '30 days', now() - interval '29 days') RETURNING id),
       s AS (${regels}),
       r AS (INSERT INTO declaratie_oordelen (declaratie_id, uitkomst, kostenregel_ids) SELECT (SELECT id FROM d), 'opgenomen', array_agg(id ORDER BY id) FROM s)
       INSERT INTO ingediende_kostenregels (kostenregel_id, declaratie_id, regeling_code, bewijsstuk)
       SELECT k.id, (SELECT id FROM d), k.regeling_code, k.bewijsstuk FROM s JOIN kostenregels k ON k.id = s.id`,
      [omvang.lines, regeling, ...periode],
    );
    // Its totals, so GET /declaraties/{id} and the exports of the old claim stay meaningful.
    await db.query(
      `UPDATE declaraties d SET resultaat = jsonb_build_object('subsidiabelCenten', s.som, 'bijdrageCenten', 0, 'directePersoneelskostenCenten', 0, 'flatRateCenten', 0, 'indicatoren', '{}'::jsonb)
         FROM (SELECT sum(k.bedrag_centen)::bigint AS som FROM ingediende_kostenregels i JOIN kostenregels k ON k.id = i.kostenregel_id WHERE i.declaratie_id = ${id}) s
        WHERE d.id = ${id}`,
    );
    await db.query(
      `INSERT INTO declaratie_audit (declaratie_id, actie, door) VALUES (${id}, 'aangemaakt', 'bench'), (${id}, 'ingediend', 'bench')`,
    );
  }
  await step('ANALYZE', 'ANALYZE');
  await db.query('RESET max_parallel_workers_per_gather');
  log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
