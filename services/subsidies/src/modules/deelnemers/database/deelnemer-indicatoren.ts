import { ARBEIDSMARKTSTATUSSEN, GESLACHTEN, LEEFTIJDSBANDEN, OPLEIDINGSNIVEAUS } from '@wiz/contracts';
import { IndicatorTeller, NIET_WERKZOEKEND, type IndicatorAantal, type Indicatoren } from '../../declaraties/domain';
import { KENMERKEN } from '../../declaraties/domain/ingangskenmerken';

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/**
 * Whether a placement row of `plaatsing` (below) ran on some day from `van` to `tot`: isWerkendOp. A placement has
 * at most one duurzaamheidscheck (its key); `uit_dienst_op` is the day one found the person out of service.
 */
const werkendOp = (van: string, tot: string) =>
  `(startdatum <= ${tot} AND (einddatum IS NULL OR einddatum >= ${van}) AND (uit_dienst_op IS NULL OR uit_dienst_op > ${van}))`;

const tekst = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Every counter of Indicatoren as (group, key, the SQL condition a participant row of TEL raises it on): one pass
 * counts them all with FILTER (one row of VALUES per counter and participant, grouped, cost 5x as much).
 */
const TELLERS: [IndicatorAantal['groep'], string, string][] = [
  ['deelnemers', '', 'true'],
  ...ARBEIDSMARKTSTATUSSEN.map((s): [IndicatorAantal['groep'], string, string] => [
    'perArbeidsmarktstatus',
    s,
    s === 'werkloos'
      ? `d.status IN ('werkloos', 'langdurig-werkloos')`
      : s === 'langdurig-werkloos'
        ? 'd.langdurig'
        : `d.status = ${tekst(s)}`,
  ]),
  ...LEEFTIJDSBANDEN.map((b): [IndicatorAantal['groep'], string, string] => [
    'perLeeftijdsband',
    b,
    `d.leeftijdsband = ${tekst(b)}`,
  ]),
  ...OPLEIDINGSNIVEAUS.map((n): [IndicatorAantal['groep'], string, string] => [
    'perOpleidingsniveau',
    n,
    `coalesce(d.opleidingsniveau, 'onbekend') = ${tekst(n)}`,
  ]),
  // An unrecorded or unknown gender is reported as onbekend, so the column adds up.
  ...GESLACHTEN.map((g): [IndicatorAantal['groep'], string, string] => [
    'perGeslacht',
    g,
    `(CASE WHEN d.geslacht = ANY ($6::text[]) THEN d.geslacht ELSE 'onbekend' END) = ${tekst(g)}`,
  ]),
  ...KENMERKEN.map((k): [IndicatorAantal['groep'], string, string] => ['kenmerken', k, `d.${k}`]),
  ['onvolledig', 'arbeidsmarktstatus', 'd.status IS NULL'],
  ['onvolledig', 'langdurigWerkloos', 'd.langdurig IS NULL'],
  ['onvolledig', 'leeftijdsband', 'NOT coalesce(d.leeftijdsband = ANY ($4::text[]), false)'],
  ['onvolledig', 'opleidingsniveau', 'NOT coalesce(d.opleidingsniveau = ANY ($5::text[]), false)'],
  ['onvolledig', 'geslacht', 'NOT coalesce(d.geslacht = ANY ($6::text[]), false)'],
  ...KENMERKEN.map((k): [IndicatorAantal['groep'], string, string] => ['onvolledig', k, `d.${k} IS NULL`]),
  ['resultaten', 'uitgestroomd', 'r.inwoner_id IS NOT NULL'],
  ['resultaten', 'werkzoekend', 'r.werkzoekend'],
  ['resultaten', 'onderwijs', 'r.onderwijs'],
  ['resultaten', 'kwalificatie', 'r.kwalificatie'],
  ['resultaten', 'werkBinnenVierWeken', 'r.werk'],
  ['resultaten', 'werkNaZesMaanden', 'r.werk_zes'],
  ['resultaten', 'verbeterdeSituatieNaZesMaanden', 'r.verbeterd'],
  ['nogNietBekend', 'binnenVierWeken', 'NOT r.vier_verstreken'],
  ['nogNietBekend', 'naZesMaanden', 'NOT r.zes_verstreken'],
  ['onvolledig', 'werkzoekend', 'r.werkzoekend IS NULL AND r.vier_verstreken'],
  ['onvolledig', 'verbeterdeSituatieNaZesMaanden', 'r.verbeterd IS NULL AND r.zes_verstreken'],
  ['duurzaamGeplaatst', '', 'dz.inwoner_id IS NOT NULL'],
];

/**
 * IndicatorTeller.tel (the specification; the equivalence property test in deelnemersregister.spec holds them
 * together) as one statement over the participants $1 on peildatum $2: per participant the entry attributes, the
 * leaving that counts (uitstroom: the last closing by the peildatum, ties by traject id, only when no traject started
 * by then is still open) and its results (esfResultaten), then one row per counter each participant raises
 * (TELLERS), counted. One row of counts per claim leaves PostgreSQL instead of every participant's facts.
 * Set-based: each fact table is joined once (hash joins over the claim's ~100k participants; per-participant
 * subqueries probed the indexes ~10 times per participant, 5x slower), placements with their check and their first
 * increase of hours, each participant's placements folded with bool_or.
 * $3 the reportable labour statuses, $4 age bands, $5 known education levels, $6 known genders, $7 NIET_WERKZOEKEND.
 */
const TEL = `
  WITH d AS (
         SELECT d.*, s.status,
                CASE WHEN s.status = 'langdurig-werkloos' THEN true WHEN s.status = 'werkloos' THEN d.langdurig_werkloos
                     WHEN s.status IS NOT NULL THEN false END AS langdurig
           FROM deelnemers d
          CROSS JOIN LATERAL (SELECT CASE WHEN d.arbeidsmarktstatus = ANY ($3::text[]) THEN d.arbeidsmarktstatus END AS status) s
          WHERE d.inwoner_id = ANY ($1::uuid[])),
       gesloten AS (
         SELECT a.traject_id, a.inwoner_id, a.datum, a.reden FROM deelnemer_afsluitingen a JOIN d USING (inwoner_id)
          WHERE a.datum <= $2::date),
       open AS (
         SELECT t.inwoner_id FROM deelnemer_trajecten t
           LEFT JOIN gesloten h ON h.inwoner_id = t.inwoner_id AND h.traject_id = t.traject_id
          WHERE (t.gestart_op IS NULL OR t.gestart_op <= $2) AND h.traject_id IS NULL),
       uitstroom AS (
         SELECT DISTINCT ON (g.inwoner_id) g.inwoner_id, g.datum, g.reden, g.datum + 28 <= $2 AS vier_verstreken,
                least(g.datum + 28, $2) AS venster, (g.datum + interval '6 months')::date AS zes
           FROM gesloten g
          WHERE NOT EXISTS (SELECT 1 FROM open o WHERE o.inwoner_id = g.inwoner_id)
          ORDER BY g.inwoner_id, g.datum DESC, g.traject_id DESC),
       plaatsing AS (
         SELECT u.inwoner_id, u.datum, u.venster, u.zes, p.startdatum, p.einddatum, p.contractvorm,
                c.vastgesteld_op AS uit_dienst_op, w.meer_uren_op
           FROM uitstroom u
           JOIN deelnemer_plaatsingen p ON p.inwoner_id = u.inwoner_id AND p.startdatum <= $2
           LEFT JOIN deelnemer_duurzaamheidschecks c ON c.plaatsing_id = p.plaatsing_id AND c.inwoner_id = p.inwoner_id AND NOT c.in_dienst
           LEFT JOIN (SELECT inwoner_id, plaatsing_id, min(ingangsdatum) AS meer_uren_op FROM deelnemer_urenwijzigingen
                       WHERE uren_per_week > vorige_uren_per_week GROUP BY inwoner_id, plaatsing_id) w
                  ON w.plaatsing_id = p.plaatsing_id AND w.inwoner_id = p.inwoner_id),
       werk AS (
         SELECT inwoner_id, bool_or(${werkendOp('datum', 'venster')}) AS binnen_vier_weken, bool_or(${werkendOp('zes', 'zes')}) AS na_zes,
                bool_or(${werkendOp('zes', 'zes')} AND (coalesce(contractvorm = 'vast', false) OR coalesce(meer_uren_op <= zes, false))) AS beter
           FROM plaatsing GROUP BY inwoner_id),
       kwalificatie AS (
         SELECT DISTINCT u.inwoner_id FROM uitstroom u JOIN deelnemer_kwalificaties k ON k.inwoner_id = u.inwoner_id
          WHERE k.datum <= u.venster),
       duurzaam AS (
         SELECT DISTINCT inwoner_id FROM deelnemer_duurzaamheidschecks WHERE duurzaam AND vastgesteld_op <= $2),
       resultaat AS (
         SELECT u.inwoner_id, u.reden, u.vier_verstreken, u.zes <= $2 AS zes_verstreken,
                coalesce(u.reden = 'scholing', false) AS onderwijs,
                coalesce(u.reden = 'werk', false) OR coalesce(w.binnen_vier_weken, false) AS werk,
                k.inwoner_id IS NOT NULL AS kwalificatie,
                CASE WHEN u.zes <= $2 THEN coalesce(w.na_zes, false) END AS werk_zes,
                CASE WHEN u.zes <= $2 THEN
                  CASE WHEN d.status = 'werkend' THEN coalesce(w.beter, false) WHEN d.status IS NOT NULL THEN coalesce(w.na_zes, false) END
                END AS verbeterd
           FROM uitstroom u JOIN d USING (inwoner_id) LEFT JOIN werk w USING (inwoner_id) LEFT JOIN kwalificatie k USING (inwoner_id)),
       r AS (
         SELECT *, CASE WHEN werk OR onderwijs THEN false WHEN reden IS NULL THEN NULL WHEN reden = ANY ($7::text[]) THEN false
                        WHEN vier_verstreken THEN true END AS werkzoekend
           FROM resultaat)
  SELECT ${TELLERS.map(([groep, sleutel, waar]) => `count(*) FILTER (WHERE ${waar})::int AS "${groep}.${sleutel}"`).join(',\n         ')}
    FROM d LEFT JOIN r USING (inwoner_id) LEFT JOIN duurzaam dz USING (inwoner_id)`;

/** The ESF+ indicators of the participants `inwonerIds` on `peildatum`, counted in PostgreSQL (see TEL). */
export async function telIndicatoren(q: Query, inwonerIds: readonly string[], peildatum: string): Promise<Indicatoren> {
  const [rij] = await q(TEL, [
    inwonerIds,
    peildatum,
    ARBEIDSMARKTSTATUSSEN,
    LEEFTIJDSBANDEN,
    OPLEIDINGSNIVEAUS.filter((n) => n !== 'onbekend'),
    GESLACHTEN.filter((g) => g !== 'onbekend'),
    [...NIET_WERKZOEKEND],
  ]);
  const teller = new IndicatorTeller(peildatum);
  for (const [groep, sleutel] of TELLERS) teller.telOp({ groep, sleutel, aantal: rij[`${groep}.${sleutel}`] });
  return teller.resultaat();
}
