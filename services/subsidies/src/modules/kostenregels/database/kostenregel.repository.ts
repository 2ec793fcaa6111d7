import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { limietEnBegin, UITSLUITINGSREDENEN, type Paginering } from '@wiz/contracts';
import type { Ingediend, Kostenregel, Regeling } from '../../declaraties/domain';
import type { KostenregelInvoer } from '../domain';
import type { DeclaratieRegel, Kandidaten, Oordeel, Sql } from '../kostenregels.port';
import type { KostenregelRepositoryPort, KostenregelRij } from './kostenregel.repository.port';
import { eisGeenBeperkteDeelnemers } from './deelnemer-toets';
import { DECLARATIE_REGELS } from '../export-regels';

const BATCH = 5_000;

const KANDIDATEN = `FROM kostenregels WHERE regeling_code = $1 AND organisatie = $4 AND datum BETWEEN $2 AND $3`;
const kandidaatArgs = (k: Kandidaten) => [k.regelingCode, k.periodeVan, k.periodeTot, k.organisatie];

/**
 * The set-based judge: maakBeoordelaar (the specification; the equivalence property test in subsidies.spec holds
 * them together) as one statement. The CASE lists the reasons in UITSLUITINGSREDENEN's precedence order, so the
 * first that applies is the line's reason. Earlier submissions are joined, not probed per line: the line itself
 * (primary key) and its bewijsstuk, grouped once per bewijsstuk with whether the own regeling is among its codes
 * (all submitted bewijsstukken: the join keeps the candidates' ones; limiting them to the candidates first made
 * PostgreSQL hash a million candidate bewijsstukken). The join is on the bewijsstuk column itself, a blank one
 * counting as none in the CASE: joined on the trimmed expression, PostgreSQL guessed 100M rows for it, sorted the
 * million judged rows on disk and compiled the statement with JIT. The participant comes from the register
 * (deelnemers): absent or without gemeente means incomplete.
 * The judged rows stream once into one aggregate (no grouping, so no sort): per outcome its ids, unordered (every
 * reader of declaratie_regels orders for itself), the sums and the included participants; the reason is worked
 * out once per line (OFFSET 0 keeps the planner from copying the CASE into every FILTER, which took 4x as long).
 * Whether a line has a bewijsstuk is its column met_bewijsstuk, worked out when it was written (a btrim per line
 * here, behind a fence of its own so it ran once, cost 14% of the statement). The verdicts are stored one row per
 * outcome (declaratie_oordelen; declaratie_regels is their view, one row per line);
 * the participants leave deduplicated by a hash (array_agg(DISTINCT) would sort them).
 * $1 regeling, $2-$3 period, $4 organisation, $5 claim, $6-$7 the regeling's dates, $8 its area, $9 whether it
 * claims a flat rate (above 0%) on staff costs, which covers every other kind of cost.
 */
const UITKOMSTEN = ['opgenomen', ...UITSLUITINGSREDENEN] as const;
const BEOORDEEL = `
  WITH kandidaat AS (
         SELECT k.id, k.inwoner_id, k.datum, k.soort, k.bedrag_centen, k.bewijsstuk, k.met_bewijsstuk
           ${KANDIDATEN.replace('FROM kostenregels', 'FROM kostenregels k')}),
       stukken AS (
         SELECT i.bewijsstuk, bool_or(i.regeling_code = $1) AS eigen FROM ingediende_kostenregels i
          WHERE i.bewijsstuk IS NOT NULL GROUP BY i.bewijsstuk),
       oordeel AS (
         SELECT c.id, c.soort, c.bedrag_centen, d.inwoner_id AS deelnemer,
                CASE WHEN ir.kostenregel_id IS NOT NULL OR (c.met_bewijsstuk AND s.eigen) THEN 'al-gedeclareerd'
                     WHEN c.met_bewijsstuk AND s.bewijsstuk IS NOT NULL THEN 'dubbele-financiering'
                     WHEN c.datum < $6::date OR c.datum > $7::date THEN 'buiten-periode'
                     WHEN d.gemeentecode <> '' AND d.gemeentecode <> ALL ($8::text[]) THEN 'buiten-regio'
                     WHEN NOT c.met_bewijsstuk THEN 'geen-bewijsstuk'
                     WHEN c.inwoner_id IS NOT NULL AND coalesce(d.gemeentecode, '') = '' THEN 'deelnemer-onvolledig'
                     WHEN $9::boolean AND c.soort <> 'personeel' THEN 'gedekt-door-flat-rate'
                     ELSE 'opgenomen'
                END AS uitkomst
           FROM kandidaat c
           LEFT JOIN ingediende_kostenregels ir ON ir.kostenregel_id = c.id
           LEFT JOIN stukken s ON s.bewijsstuk = c.bewijsstuk
           LEFT JOIN deelnemers d ON d.inwoner_id = c.inwoner_id
         OFFSET 0),
       uitkomst AS (
         SELECT count(*) AS kandidaten, sum(bedrag_centen) FILTER (WHERE uitkomst = 'opgenomen') AS centen,
                sum(bedrag_centen) FILTER (WHERE uitkomst = 'opgenomen' AND soort = 'personeel') AS personeel,
                array_agg(deelnemer) FILTER (WHERE uitkomst = 'opgenomen' AND deelnemer IS NOT NULL) AS deelnemers,
                ${UITKOMSTEN.map((u) => `array_agg(id) FILTER (WHERE uitkomst = '${u}') AS "${u}"`).join(',\n                ')}
           FROM oordeel),
       geschreven AS (
         INSERT INTO declaratie_oordelen (declaratie_id, uitkomst, kostenregel_ids)
         SELECT $5, v.uitkomst, v.ids
           FROM uitkomst u CROSS JOIN LATERAL (VALUES ${UITKOMSTEN.map((x) => `('${x}', u."${x}")`).join(', ')}) AS v (uitkomst, ids)
          WHERE v.ids IS NOT NULL)
  SELECT kandidaten::int, coalesce(centen, 0)::text AS opgenomen, coalesce(personeel, 0)::text AS personeel,
         coalesce((SELECT array_agg(x) FROM (SELECT DISTINCT unnest(deelnemers) AS x) q), '{}')::text[] AS deelnemers
    FROM uitkomst`;

interface KandidaatRij {
  id: string;
  regeling_code: string;
  inwoner_id: string | null;
  soort: Kostenregel['soort'];
  bedrag_centen: string;
  datum: string;
  bewijsstuk: string | null;
}

const alsKostenregel = (r: KandidaatRij): Kostenregel => ({
  id: r.id,
  regelingCode: r.regeling_code,
  inwonerId: r.inwoner_id ?? undefined,
  soort: r.soort,
  bedragCenten: Number(r.bedrag_centen),
  datum: r.datum,
  bewijsstuk: r.bewijsstuk ?? undefined,
});

/**
 * The one reader and writer of the kostenregels table and of ingediende_kostenregels (the lines submitted, each at
 * most once, ever). Each line belongs to the organisation that recorded it (SCOPING.kostenregel).
 */
@Injectable()
export class KostenregelRepository implements KostenregelRepositoryPort {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts in batches of unnest arrays (one statement per 5,000 lines). */
  async voegIn(sql: Sql, regels: readonly KostenregelInvoer[], organisatie: string): Promise<string[]> {
    await eisGeenBeperkteDeelnemers(sql, regels);
    const ids = regels.map(() => randomUUID());
    for (let start = 0; start < regels.length; start += BATCH) {
      const deel = regels.slice(start, start + BATCH);
      await sql.query(
        `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, uren, uurtarief_centen, organisatie)
         SELECT *, $11 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::bigint[], $6::date[], $7::text[], $8::text[], $9::numeric[], $10::bigint[])`,
        [
          ids.slice(start, start + BATCH),
          deel.map((r) => r.regelingCode),
          deel.map((r) => r.inwonerId ?? null),
          deel.map((r) => r.soort),
          deel.map((r) => r.bedragCenten),
          deel.map((r) => r.datum),
          deel.map((r) => r.omschrijving),
          deel.map((r) => r.bewijsstuk ?? null),
          deel.map((r) => r.uren ?? null),
          deel.map((r) => r.uurtariefCenten ?? null),
          organisatie,
        ],
      );
    }
    // A line naming the vervallen record of a merge names the behouden one.
    await sql.query(
      `UPDATE kostenregels k SET inwoner_id = a.behouden_inwoner_id FROM inwoner_aliassen a
        WHERE k.id = ANY($1::uuid[]) AND k.inwoner_id = a.vervallen_inwoner_id`,
      [ids],
    );
    return ids;
  }

  async lijst(regelingCode: string | undefined, organisatie: string | null, p: Paginering) {
    const where = '($1::text IS NULL OR k.regeling_code = $1) AND ($2::text IS NULL OR k.organisatie = $2)';
    const params = [regelingCode ?? null, organisatie];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM kostenregels k WHERE ${where}`,
      params,
    );
    const rijen: KostenregelRij[] = await this.db.query(
      `SELECT k.id, k.regeling_code, CASE WHEN b.inwoner_id IS NULL THEN k.inwoner_id END AS inwoner_id, k.soort, k.bedrag_centen::text, to_char(k.datum, 'YYYY-MM-DD') AS datum, k.omschrijving, k.bewijsstuk,
              k.uren::text, k.uurtarief_centen::text, i.declaratie_id AS ingediend_in
         FROM kostenregels k LEFT JOIN ingediende_kostenregels i ON i.kostenregel_id = k.id
              LEFT JOIN beperkingen b ON b.inwoner_id = k.inwoner_id AND b.beperkt
        WHERE ${where} ORDER BY k.datum DESC, k.id LIMIT $3 OFFSET $4`,
      [...params, ...limietEnBegin(p)],
    );
    return { rijen, totaal: totaal as number };
  }

  async omvang(k: Kandidaten, flatRatePercentage: number | undefined) {
    // The lines plus the flat rate on their staff costs bound a claim's total; numeric in SQL, so no overflow.
    const [{ aantal, teGroot }] = await this.db.query(
      `SELECT count(*)::int AS aantal,
              coalesce(sum(bedrag_centen), 0) + floor(coalesce(sum(bedrag_centen) FILTER (WHERE soort = 'personeel'), 0)
                * $5::numeric / 100) > ${Number.MAX_SAFE_INTEGER} AS "teGroot"
         ${KANDIDATEN}`,
      [...kandidaatArgs(k), flatRatePercentage ?? 0],
    );
    return { aantal: aantal as number, teGroot: teGroot as boolean };
  }

  async inwonerIds(sql: Sql, k: Kandidaten): Promise<string[]> {
    const rijen: { inwoner_id: string }[] = await sql.query(
      `SELECT DISTINCT inwoner_id ${KANDIDATEN} AND inwoner_id IS NOT NULL`,
      kandidaatArgs(k),
    );
    return rijen.map((r) => r.inwoner_id);
  }

  /**
   * Joined to the few restricted participants in the database: the candidates' 100k distinct participants sent to
   * JavaScript and back (inwonerIds, then beperkteInwoners) took 2.4 s of a 1M-line compile under load.
   */
  async aantalBeperkteDeelnemers(sql: Sql, k: Kandidaten): Promise<number> {
    const [{ n }] = await sql.query(
      `SELECT count(DISTINCT inwoner_id)::int AS n ${KANDIDATEN} AND inwoner_id IN (SELECT inwoner_id FROM beperkingen WHERE beperkt)`,
      kandidaatArgs(k),
    );
    return n as number;
  }

  async ingediend(sql: Sql, k: Kandidaten): Promise<Ingediend> {
    const regels: { kostenregel_id: string }[] = await sql.query(
      `SELECT kostenregel_id FROM ingediende_kostenregels WHERE kostenregel_id IN (SELECT id ${KANDIDATEN})`,
      kandidaatArgs(k),
    );
    const ingediendeBewijsstukken = new Map<string, Set<string>>();
    const stukken: { bewijsstuk: string; regeling_code: string }[] = await sql.query(
      `SELECT bewijsstuk, regeling_code FROM ingediende_kostenregels WHERE bewijsstuk IN (SELECT bewijsstuk ${KANDIDATEN} AND bewijsstuk IS NOT NULL)`,
      kandidaatArgs(k),
    );
    for (const r of stukken)
      ingediendeBewijsstukken.set(
        r.bewijsstuk,
        (ingediendeBewijsstukken.get(r.bewijsstuk) ?? new Set()).add(r.regeling_code),
      );
    return { ingediendeRegels: new Set(regels.map((r) => r.kostenregel_id)), ingediendeBewijsstukken };
  }

  async beoordeel(sql: Sql, declaratieId: string, k: Kandidaten, regeling: Regeling): Promise<Oordeel> {
    const [r] = await sql.query(BEOORDEEL, [
      ...kandidaatArgs(k),
      declaratieId,
      regeling.startdatum,
      regeling.einddatum,
      regeling.gemeentecodes,
      (regeling.flatRatePercentage ?? 0) > 0,
    ]);
    return {
      kandidaten: r.kandidaten as number,
      opgenomenCenten: BigInt(r.opgenomen as string),
      personeelCenten: BigInt(r.personeel as string),
      deelnemers: r.deelnemers as string[],
    };
  }

  /**
   * In id order, so the caller writes its results in declaratie_regels' primary key order (appending to the index
   * instead of splitting pages all over it) and the foreign-key checks walk kostenregels' key in order: 3× faster
   * for a million lines. The next FETCH is sent before a batch is handed over, so on the one connection it runs
   * ahead of the caller's writes for this batch and the caller's rules and PostgreSQL's work overlap.
   */
  async *kandidaten(sql: Sql, k: Kandidaten, batch: number): AsyncGenerator<Kostenregel[]> {
    await sql.query(
      `DECLARE kandidaten NO SCROLL CURSOR FOR SELECT id, regeling_code, inwoner_id, soort, bedrag_centen::text, to_char(datum, 'YYYY-MM-DD') AS datum, bewijsstuk ${KANDIDATEN} ORDER BY id`,
      kandidaatArgs(k),
    );
    const haal = (): Promise<KandidaatRij[]> => sql.query(`FETCH ${batch} FROM kandidaten`);
    let rijen = await haal();
    while (rijen.length > 0) {
      const volgende = haal();
      // Surfaces at its await below; until then only kept from counting as unhandled.
      volgende.catch(() => undefined);
      yield rijen.map(alsKostenregel);
      rijen = await volgende;
    }
    await sql.query('CLOSE kandidaten');
  }

  async dienIn(sql: Sql, declaratieId: string): Promise<boolean> {
    // Submissions one at a time (they are a finance officer's deliberate act, a few a day): the check of the
    // documents below then sees every submission before this one.
    await sql.query(`SELECT pg_advisory_xact_lock(hashtext('ingediende_kostenregels'))`);
    // A document submitted since the claim was compiled (under this regeling or another fund) would be claimed
    // twice: the claim is compiled again, where its line is al-gedeclareerd or dubbele-financiering.
    const [dubbel] = await sql.query(
      `SELECT 1 FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
         JOIN ingediende_kostenregels i ON i.bewijsstuk = k.bewijsstuk
        WHERE r.declaratie_id = $1 AND r.opgenomen AND k.met_bewijsstuk LIMIT 1`,
      [declaratieId],
    );
    if (dubbel) return false;
    try {
      await sql.query('SAVEPOINT indienen');
      // The primary key refuses a line that another submission holds.
      await sql.query(
        `INSERT INTO ingediende_kostenregels (kostenregel_id, declaratie_id, regeling_code, bewijsstuk)
         SELECT k.id, $1, k.regeling_code, k.bewijsstuk FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
          WHERE r.declaratie_id = $1 AND r.opgenomen`,
        [declaratieId],
      );
      return true;
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
      await sql.query('ROLLBACK TO SAVEPOINT indienen');
      return false;
    }
  }

  async regelsVanDeclaratie(declaratieId: string, opgenomen: boolean | undefined, p: Paginering) {
    const params = [declaratieId, opgenomen ?? null];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM declaratie_regels r WHERE r.declaratie_id = $1 AND ($2::boolean IS NULL OR r.opgenomen = $2)`,
      params,
    );
    const rijen: DeclaratieRegel[] = await this.db.query(
      `${DECLARATIE_REGELS} ORDER BY k.datum, k.id LIMIT $3 OFFSET $4`,
      [...params, ...limietEnBegin(p)],
    );
    return { rijen, totaal: totaal as number };
  }
}
