import { BEPERKING_SOORT, type GegevensRegister, type PrivacySql } from '@wiz/platform';
import type { Soort } from '../domain/wisbare-gegevens';

const SELECTIELIJST =
  'Selectielijst gemeenten en intergemeentelijke organen 2020, re-integratie (Participatiewet); instelbaar per gemeente';
const NA_AFSLUITING = 'afsluiting traject';
const BEGELEIDING = 'Begeleiding naar werk: uw traject, plan en de afspraken daarin';
const TAAK = 'Wettelijke taak: Participatiewet art. 7 en 10 (AVG art. 6 lid 1 sub e)';
const EIGEN = ['Uw consulent en hun team', 'Bij overdracht: de organisatie die uw traject overneemt'];

/** A staff member as the person may read them: their name where trajecten knows it, never their user id. */
const medewerker = (kolom: string) => `(SELECT naam FROM medewerkers WHERE subject = ${kolom})`;

/** The person's trajecten (their own and those of records merged into theirs): the join every kind below uses. */
const VAN_PERSOON = 'SELECT id FROM trajecten WHERE inwoner_id = ANY ($1::uuid[])';

/** The monitor's projections: one row per fact it counts, keyed by the person's id (no name, no text). */
const MONITOR = [
  'monitor_inwoners',
  'monitor_feiten',
  'monitor_activiteiten',
  'monitor_plaatsingen',
  'monitor_vooruit',
  'monitor_verhuizingen',
];

async function monitorfeiten(m: PrivacySql, ids: readonly string[]) {
  const uit: Record<string, unknown>[] = [];
  for (const tabel of MONITOR) {
    const rijen: Record<string, unknown>[] = await m.query(
      `SELECT * FROM ${tabel} WHERE inwoner_id = ANY ($1::uuid[])`,
      [ids],
    );
    uit.push(...rijen.map(({ inwoner_id: _id, ...rij }) => ({ tabel, ...rij })));
  }
  return uit;
}

const lees = (sql: string) => (m: PrivacySql, ids: readonly string[]) => m.query(sql, [ids]);

/**
 * Everything trajecten keeps about a person (AVG art. 15), for the inwoner's export: trajecten with their steps,
 * activities, plan, journal notes (the person's right of access covers them too), follow-ups and handovers. Each
 * kind names its retention kind of wisbare-gegevens.ts. Every table with an inwoner_id column is covered here
 * (test/privacy-wissen.spec checks it against the database); the others hang off a traject.
 */
export const TRAJECTEN_GEGEVENS: GegevensRegister<Soort> = {
  soorten: [
    {
      soort: 'trajecten',
      omschrijving:
        'Uw trajecten: organisatie, consulent, de stappen, trede op de participatieladder, werkuren buiten een plaatsing, afsluiting',
      doel: BEGELEIDING,
      grondslag: TAAK,
      ontvangers: [
        ...EIGEN,
        'Werkgevers-dienst (stap, voor passend werk)',
        'Subsidies (start en einde, voor ESF+-verantwoording)',
        'Monitor (tellingen, zonder naam)',
      ],
      bewaartermijn: { termijn: 'traject', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: ['trajecten'],
      gegevens: lees(
        `SELECT t.id, t.organisatie, t.gemeentecode, t.status, t.huidige_stap AS "huidigeStap", t.gestart_op AS "gestartOp",
                t.participatieladder, t.afsluitreden, t.afgesloten_op::text AS "afgeslotenOp", t.team,
                ${medewerker('t.consulent')} AS consulent,
                COALESCE((SELECT json_agg(json_build_object('van', s.van, 'naar', s.naar, 'op', s.op,
                            'toelichting', s.toelichting) ORDER BY s.op, s.id)
                          FROM stap_overgangen s WHERE s.traject_id = t.id), '[]') AS stappen,
                COALESCE((SELECT json_agg(json_build_object('trede', l.trede, 'op', l.op) ORDER BY l.op, l.id)
                          FROM ladder_metingen l WHERE l.traject_id = t.id), '[]') AS "ladderMetingen",
                COALESCE((SELECT json_agg(json_build_object('ingangsdatum', w.ingangsdatum, 'urenPerWeek', w.uren_per_week,
                            'vorigeUrenPerWeek', w.vorige_uren_per_week, 'op', w.op) ORDER BY w.ingangsdatum, w.op)
                          FROM werkuren w WHERE w.traject_id = t.id), '[]') AS werkuren
         FROM trajecten t WHERE t.inwoner_id = ANY ($1::uuid[]) ORDER BY t.gestart_op, t.id`,
      ),
    },
    {
      soort: 'activiteiten',
      omschrijving: 'Activiteiten in uw traject (scholing, werkervaring, sollicitatie) en hun resultaat',
      doel: BEGELEIDING,
      grondslag: TAAK,
      ontvangers: [...EIGEN, 'Subsidies (behaalde kwalificaties, voor ESF+-verantwoording)'],
      bewaartermijn: { termijn: 'traject', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: [],
      gegevens: lees(
        `SELECT a.id, a.traject_id AS "trajectId", a.soort, a.startdatum::text, a.resultaat, a.datum::text
         FROM activiteiten a WHERE a.traject_id IN (${VAN_PERSOON}) ORDER BY a.startdatum, a.id`,
      ),
    },
    {
      soort: 'plan',
      omschrijving: 'Uw plan van aanpak: doelen, acties en uw akkoord',
      doel: BEGELEIDING,
      grondslag: TAAK,
      ontvangers: EIGEN,
      bewaartermijn: { termijn: 'plan', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: [],
      gegevens: lees(
        `SELECT 'doel' AS onderdeel, d.id, d.traject_id AS "trajectId", d.omschrijving, d.streefdatum::text, d.status,
                NULL::uuid AS "doelId", NULL AS eigenaar, d.aangemaakt_op AS op
         FROM plan_doelen d WHERE d.traject_id IN (${VAN_PERSOON})
         UNION ALL
         SELECT 'actie', a.id, d.traject_id, a.omschrijving, a.streefdatum::text, a.status, a.doel_id, a.eigenaar,
                a.aangemaakt_op
         FROM plan_acties a JOIN plan_doelen d ON d.id = a.doel_id WHERE d.traject_id IN (${VAN_PERSOON})
         UNION ALL
         SELECT 'akkoord', k.id, k.traject_id, k.door, k.op::text, NULL, NULL, NULL, k.vastgelegd_op
         FROM plan_akkoorden k WHERE k.traject_id IN (${VAN_PERSOON})
         ORDER BY op, id`,
      ),
    },
    {
      soort: 'journaal',
      omschrijving: 'Notities van uw consulent over uw traject, met elke verbetering (ook als gevoelig gemarkeerde)',
      doel: BEGELEIDING,
      grondslag: TAAK,
      // A note stays with the organisation whose consulent wrote it: a new organisation does not read it.
      ontvangers: ['Uw consulent en hun team, bij de organisatie die uw traject had toen de notitie werd geschreven'],
      bewaartermijn: { termijn: 'journaal', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: [],
      gegevens: lees(
        `SELECT j.notitie_id AS "notitieId", j.versie, j.traject_id AS "trajectId", j.soort, j.datum::text, j.tekst,
                j.gevoelig, j.reden, ${medewerker('j.auteur')} AS auteur, j.auteur_organisatie AS "auteurOrganisatie",
                j.houder_organisatie AS "houderOrganisatie", j.geschreven_op AS "geschrevenOp"
         FROM journaal_notities j WHERE j.traject_id IN (${VAN_PERSOON}) ORDER BY j.geschreven_op, j.id`,
      ),
    },
    {
      soort: 'opvolgingen',
      omschrijving: 'Contact na een plaatsing of afsluiting (nazorg) en wat daaruit kwam',
      doel: 'Nazorg: nagaan of het werk blijft passen, en ESF+-verantwoording van duurzaam werk',
      grondslag: TAAK,
      ontvangers: [...EIGEN, 'Subsidies (of het werk na zes maanden duurzaam is)'],
      bewaartermijn: { termijn: 'opvolgingen', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: [],
      gegevens: lees(
        `SELECT o.id, o.traject_id AS "trajectId", o.soort, o.status, o.vervaldatum, o.uitkomst,
                o.plaatsing_startdatum::text AS "plaatsingStartdatum",
                o.plaatsing_beeindigd_op::text AS "plaatsingBeeindigdOp",
                o.plaatsing_beeindigd_reden AS "plaatsingBeeindigdReden"
         FROM opvolgingen o WHERE o.traject_id IN (${VAN_PERSOON}) ORDER BY o.vervaldatum, o.id`,
      ),
    },
    {
      soort: 'overdrachten',
      omschrijving: 'Overdrachten van uw traject naar een andere organisatie, met toelichting en besluit',
      doel: BEGELEIDING,
      grondslag: TAAK,
      ontvangers: EIGEN,
      bewaartermijn: { termijn: 'overdrachten', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
      tabellen: [],
      gegevens: lees(
        `SELECT o.id, o.traject_id AS "trajectId", o.van_organisatie AS "vanOrganisatie",
                o.naar_organisatie AS "naarOrganisatie", o.toelichting, o.status, o.voorgesteld_op AS "voorgesteldOp",
                o.besloten_op AS "beslotenOp", o.reden
         FROM overdrachten o WHERE o.traject_id IN (${VAN_PERSOON}) ORDER BY o.voorgesteld_op, o.id`,
      ),
    },
    {
      soort: 'monitor',
      omschrijving:
        'Feiten over uw traject die de monitor telt (stappen, activiteiten, plaatsingen, doelgroep), zonder naam of tekst',
      doel: 'Beleidsinformatie: hoeveel inwoners welke stap zetten en werk vinden (alleen als aantallen gedeeld)',
      grondslag: 'Wettelijke taak: Participatiewet art. 7 en 8a (AVG art. 6 lid 1 sub e)',
      ontvangers: ['Monitor en rapportages van gemeenten en regio (aantallen, niet te herleiden tot u)'],
      bewaartermijn: {
        vanaf: 'Blijven bewaard zolang de cijfers bestaan, ook na wissen van uw traject: alleen datum, stap en soort',
        bron: 'Eigen afweging: de cijfers van eerdere jaren mogen niet verschuiven',
      },
      tabellen: MONITOR,
      gegevens: monitorfeiten,
    },
    BEPERKING_SOORT,
  ],
};
