import { BEPERKING_SOORT, type GegevensRegister, type PrivacySql } from '@wiz/platform';
import type { SubsidiesSoort } from '../bewaartermijnen/subsidies-bewaartermijnen';

const ESF = 'Verordening (EU) 2021/1057 (ESF+) art. 17 en bijlage I; Verordening (EU) 2021/1060 art. 82';

/** The facts of the register kept per event (traject, placement, hours, qualification, closing, sustainability). */
const FEITEN: readonly [soort: string, tabel: string, kolommen: string][] = [
  ['traject', 'deelnemer_trajecten', `traject_id AS "trajectId", gestart_op::text AS "gestartOp"`],
  [
    'plaatsing',
    'deelnemer_plaatsingen',
    `plaatsing_id AS "plaatsingId", startdatum::text, einddatum::text, uren_per_week::float AS "urenPerWeek", contractvorm`,
  ],
  [
    'urenwijziging',
    'deelnemer_urenwijzigingen',
    `plaatsing_id AS "plaatsingId", ingangsdatum::text, vorige_uren_per_week::float AS "vorigeUrenPerWeek", uren_per_week::float AS "urenPerWeek"`,
  ],
  ['kwalificatie', 'deelnemer_kwalificaties', `activiteit_id AS "activiteitId", datum::text`],
  ['afsluiting', 'deelnemer_afsluitingen', `traject_id AS "trajectId", datum::text, reden`],
  [
    'duurzaamheidscheck',
    'deelnemer_duurzaamheidschecks',
    `plaatsing_id AS "plaatsingId", duurzaam, in_dienst AS "inDienst", vastgesteld_op::text AS "vastgesteldOp"`,
  ],
];

async function deelnemersregister(m: PrivacySql, ids: readonly string[]) {
  const deelnemers: Record<string, unknown>[] = await m.query(
    `SELECT gemeentecode, intrede_op::text AS "intredeOp", arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht,
            arbeidsbeperking, langdurig_werkloos AS "langdurigWerkloos", derdelander, migratieachtergrond, minderheid,
            dakloos, platteland, bewaren_tot::text AS "bewarenTot"
     FROM deelnemers WHERE inwoner_id = ANY ($1::uuid[])`,
    [ids],
  );
  const feiten: Record<string, unknown>[] = [];
  for (const [soort, tabel, kolommen] of FEITEN) {
    const rijen: Record<string, unknown>[] = await m.query(
      `SELECT ${kolommen} FROM ${tabel} WHERE inwoner_id = ANY ($1::uuid[])`,
      [ids],
    );
    feiten.push(...rijen.map((r) => ({ feit: soort, ...r })));
  }
  return [...deelnemers.map((d) => ({ feit: 'deelnemer', ...d })), ...feiten];
}

/**
 * Everything subsidies keeps about a person (AVG art. 15), for the inwoner's export: their entry in the ESF+
 * participant register with its facts, and the cost lines booked for them. Every table with an inwoner_id column is
 * covered here (test/privacy.spec checks it against the database).
 */
export const SUBSIDIES_GEGEVENS: GegevensRegister<SubsidiesSoort> = {
  soorten: [
    {
      soort: 'deelnemersregister',
      omschrijving:
        'Uw gegevens als deelnemer aan een door Europa (ESF+) betaald traject: kenmerken bij de start en wat er daarna gebeurde',
      doel: 'Verantwoording van Europese subsidie (ESF+) aan het Agentschap SZW en de Europese Commissie',
      grondslag: `Wettelijke verplichting (AVG art. 6 lid 1 sub c): ${ESF}`,
      ontvangers: ['Agentschap SZW (tellingen, zonder naam)', 'Europese Commissie (tellingen, zonder naam)'],
      bewaartermijn: {
        termijn: 'deelnemers',
        vanaf: 'afsluiting traject (niet eerder dan de controleplicht van een ingediende declaratie afloopt)',
        bron: `Selectielijst gemeenten 2020, re-integratie (aangenomen); ${ESF}`,
      },
      tabellen: FEITEN.map(([, tabel]) => tabel).concat('deelnemers'),
      gegevens: deelnemersregister,
    },
    {
      soort: 'kostenregels',
      omschrijving:
        'Kosten die voor u gemaakt zijn (scholing, begeleiding, loonkosten) en in welke declaratie ze staan',
      doel: 'Verantwoording van subsidie per deelnemer',
      grondslag: `Wettelijke verplichting (AVG art. 6 lid 1 sub c): ${ESF}`,
      ontvangers: ['Agentschap SZW (bij controle van een declaratie)'],
      bewaartermijn: {
        termijn: 'declaraties',
        vanaf: '31 december van het jaar van de laatste declaratie waarin de kosten staan',
        bron: 'Verordening (EU) 2021/1060 art. 82',
      },
      tabellen: ['kostenregels'],
      gegevens: (m, ids) =>
        m.query(
          `SELECT k.id, k.regeling_code AS regeling, k.soort, k.bedrag_centen::int AS "bedragCenten", k.datum::text,
                  k.omschrijving, k.uren::float AS uren, k.uurtarief_centen::int AS "uurtariefCenten", k.organisatie,
                  (SELECT array_agg(i.declaratie_id::text) FROM ingediende_kostenregels i
                   WHERE i.kostenregel_id = k.id) AS declaraties
           FROM kostenregels k WHERE k.inwoner_id = ANY ($1::uuid[]) ORDER BY k.datum, k.id`,
          [ids],
        ),
    },
    BEPERKING_SOORT,
  ],
};
