import { ARBEIDSMARKTSTATUSSEN, GESLACHTEN, LEEFTIJDSBANDEN, OPLEIDINGSNIVEAUS } from '@wiz/contracts';
import { IndicatorTeller, NIET_WERKZOEKEND, type Indicatoren } from '../../declaraties/domain';
import { KENMERKEN } from '../../declaraties/domain/ingangskenmerken';

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/**
 * Whether placement `p` ran on some day from `van` to `tot` (SQL expressions): isWerkendOp. The checks are the
 * participant's own, as the domain reads them from the participant's facts.
 */
const werkendOp = (
  van: string,
  tot: string,
) => `p.startdatum <= ${tot} AND (p.einddatum IS NULL OR p.einddatum >= ${van})
   AND NOT EXISTS (SELECT 1 FROM deelnemer_duurzaamheidschecks c WHERE c.inwoner_id = p.inwoner_id AND c.plaatsing_id = p.plaatsing_id
                    AND NOT c.in_dienst AND c.vastgesteld_op <= ${van})`;

/** The participant's placements started by the peildatum ($2) that ran on a day from `van` to `tot`. */
const plaatsingWerkend = (van: string, tot: string, en = '') =>
  `EXISTS (SELECT 1 FROM deelnemer_plaatsingen p WHERE p.inwoner_id = u.inwoner_id AND p.startdatum <= $2 AND ${werkendOp(van, tot)}${en})`;

/**
 * IndicatorTeller.tel (the specification; the equivalence property test in deelnemersregister.spec holds them
 * together) as one statement over the participants $1 on peildatum $2: per participant the entry attributes, the
 * leaving that counts (uitstroom: the last closing by the peildatum, ties by traject id, only when no traject started
 * by then is still open) and its results (esfResultaten), then one row per counter each participant raises
 * (group, key), counted. A few thousand rows per claim leave PostgreSQL instead of every participant's facts.
 * $3 the reportable labour statuses, $4 age bands, $5 known education levels, $6 known genders, $7 NIET_WERKZOEKEND.
 */
const TEL = `
  WITH d AS (
         SELECT d.*, s.status,
                CASE WHEN s.status = 'langdurig-werkloos' THEN true WHEN s.status = 'werkloos' THEN d.langdurig_werkloos
                     WHEN s.status IS NOT NULL THEN false END AS langdurig
           FROM deelnemers d
          CROSS JOIN LATERAL (SELECT CASE WHEN d.arbeidsmarktstatus = ANY ($3::text[]) THEN d.arbeidsmarktstatus END AS status) s
          WHERE d.inwoner_id IN (SELECT unnest($1::uuid[]))),
       gesloten AS (
         SELECT a.traject_id, a.inwoner_id, a.datum, a.reden FROM deelnemer_afsluitingen a
          WHERE a.datum <= $2 AND a.inwoner_id IN (SELECT inwoner_id FROM d)),
       uitstroom AS (
         SELECT DISTINCT ON (g.inwoner_id) g.inwoner_id, g.datum, g.reden, g.datum + 28 <= $2 AS vier_verstreken,
                least(g.datum + 28, $2) AS venster, (g.datum + interval '6 months')::date AS zes
           FROM gesloten g
          WHERE NOT EXISTS (SELECT 1 FROM deelnemer_trajecten t
                             WHERE t.inwoner_id = g.inwoner_id AND (t.gestart_op IS NULL OR t.gestart_op <= $2)
                               AND NOT EXISTS (SELECT 1 FROM gesloten h WHERE h.inwoner_id = t.inwoner_id AND h.traject_id = t.traject_id))
          ORDER BY g.inwoner_id, g.datum DESC, g.traject_id DESC),
       resultaat AS (
         SELECT u.inwoner_id, u.reden, u.vier_verstreken, u.zes <= $2 AS zes_verstreken,
                coalesce(u.reden = 'scholing', false) AS onderwijs,
                coalesce(u.reden = 'werk', false) OR ${plaatsingWerkend('u.datum', 'u.venster')} AS werk,
                EXISTS (SELECT 1 FROM deelnemer_kwalificaties k WHERE k.inwoner_id = u.inwoner_id AND k.datum <= u.venster) AS kwalificatie,
                CASE WHEN u.zes <= $2 THEN ${plaatsingWerkend('u.zes', 'u.zes')} END AS werk_zes,
                CASE WHEN u.zes <= $2 THEN
                  CASE WHEN d.status = 'werkend' THEN ${plaatsingWerkend(
                    'u.zes',
                    'u.zes',
                    ` AND (p.contractvorm = 'vast' OR EXISTS (SELECT 1 FROM deelnemer_urenwijzigingen w
                             WHERE w.inwoner_id = p.inwoner_id AND w.plaatsing_id = p.plaatsing_id AND w.ingangsdatum <= u.zes
                               AND w.uren_per_week > w.vorige_uren_per_week))`,
                  )}
                       WHEN d.status IS NOT NULL THEN ${plaatsingWerkend('u.zes', 'u.zes')} END
                END AS verbeterd
           FROM uitstroom u JOIN d USING (inwoner_id)),
       r AS (
         SELECT *, CASE WHEN werk OR onderwijs THEN false WHEN reden IS NULL THEN NULL WHEN reden = ANY ($7::text[]) THEN false
                        WHEN vier_verstreken THEN true END AS werkzoekend
           FROM resultaat)
  SELECT t.groep, t.sleutel, count(*)::int AS aantal
    FROM d LEFT JOIN r USING (inwoner_id)
   CROSS JOIN LATERAL (VALUES
     ('deelnemers', ''),
     ('perArbeidsmarktstatus', CASE WHEN d.status IN ('werkloos', 'langdurig-werkloos') THEN 'werkloos' ELSE d.status END),
     ('perArbeidsmarktstatus', CASE WHEN d.langdurig THEN 'langdurig-werkloos' END),
     ('perLeeftijdsband', d.leeftijdsband),
     ('perOpleidingsniveau', coalesce(d.opleidingsniveau, 'onbekend')),
     ('perGeslacht', CASE WHEN d.geslacht = ANY ($6::text[]) THEN d.geslacht ELSE 'onbekend' END),
     ${KENMERKEN.map((k) => `('kenmerken', CASE WHEN d.${k} THEN '${k}' END)`).join(', ')},
     ('onvolledig', CASE WHEN d.status IS NULL THEN 'arbeidsmarktstatus' END),
     ('onvolledig', CASE WHEN d.langdurig IS NULL THEN 'langdurigWerkloos' END),
     ('onvolledig', CASE WHEN d.leeftijdsband = ANY ($4::text[]) THEN NULL ELSE 'leeftijdsband' END),
     ('onvolledig', CASE WHEN d.opleidingsniveau = ANY ($5::text[]) THEN NULL ELSE 'opleidingsniveau' END),
     ('onvolledig', CASE WHEN d.geslacht = ANY ($6::text[]) THEN NULL ELSE 'geslacht' END),
     ${KENMERKEN.map((k) => `('onvolledig', CASE WHEN d.${k} IS NULL THEN '${k}' END)`).join(', ')},
     ('resultaten', CASE WHEN r.inwoner_id IS NOT NULL THEN 'uitgestroomd' END),
     ('resultaten', CASE WHEN r.werkzoekend THEN 'werkzoekend' END),
     ('resultaten', CASE WHEN r.onderwijs THEN 'onderwijs' END),
     ('resultaten', CASE WHEN r.kwalificatie THEN 'kwalificatie' END),
     ('resultaten', CASE WHEN r.werk THEN 'werkBinnenVierWeken' END),
     ('resultaten', CASE WHEN r.werk_zes THEN 'werkNaZesMaanden' END),
     ('resultaten', CASE WHEN r.verbeterd THEN 'verbeterdeSituatieNaZesMaanden' END),
     ('nogNietBekend', CASE WHEN NOT r.vier_verstreken THEN 'binnenVierWeken' END),
     ('nogNietBekend', CASE WHEN NOT r.zes_verstreken THEN 'naZesMaanden' END),
     ('onvolledig', CASE WHEN r.werkzoekend IS NULL AND r.vier_verstreken THEN 'werkzoekend' END),
     ('onvolledig', CASE WHEN r.verbeterd IS NULL AND r.zes_verstreken THEN 'verbeterdeSituatieNaZesMaanden' END),
     ('duurzaamGeplaatst', CASE WHEN EXISTS (SELECT 1 FROM deelnemer_duurzaamheidschecks c
                                              WHERE c.inwoner_id = d.inwoner_id AND c.duurzaam AND c.vastgesteld_op <= $2) THEN '' END)
   ) AS t (groep, sleutel)
   WHERE t.sleutel IS NOT NULL
   GROUP BY t.groep, t.sleutel`;

/** The ESF+ indicators of the participants `inwonerIds` on `peildatum`, counted in PostgreSQL (see TEL). */
export async function telIndicatoren(q: Query, inwonerIds: readonly string[], peildatum: string): Promise<Indicatoren> {
  const aantallen = await q(TEL, [
    inwonerIds,
    peildatum,
    ARBEIDSMARKTSTATUSSEN,
    LEEFTIJDSBANDEN,
    OPLEIDINGSNIVEAUS.filter((n) => n !== 'onbekend'),
    GESLACHTEN.filter((g) => g !== 'onbekend'),
    [...NIET_WERKZOEKEND],
  ]);
  const teller = new IndicatorTeller(peildatum);
  for (const a of aantallen) teller.telOp(a);
  return teller.resultaat();
}
