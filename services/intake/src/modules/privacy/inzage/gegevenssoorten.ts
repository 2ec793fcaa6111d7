import { BEPERKING_SOORT, type GegevensRegister, type GegevensRegisterFactory, type PrivacySql } from '@wiz/platform';
import type { IntakeConfig } from '../../../config/intake-config';
import { INTAKE_CONFIG } from '../../../config/intake-config.module';
import type { IntakeRecordsoort } from '../../bewaartermijnen/intake-bewaartermijnen';
import { gemaskeerdBsn } from '../../inwoners/domain/correctieverzoek';
import { BsnVault } from '../../inwoners/identity/bsn-vault';
import { samengevoegdeRecords } from '../../inwoners/samengevoegde-records';

const SELECTIELIJST =
  'Selectielijst gemeenten en intergemeentelijke organen 2020, re-integratie; instelbaar per gemeente';
const NA_AFSLUITING = 'afsluiting van uw laatste traject (zonder traject: uw laatste aanmelding)';
const TAAK = 'Wettelijke taak: Participatiewet art. 7 (AVG art. 6 lid 1 sub e)';
const INTAKE = ['De balie (frontoffice) van uw gemeente en de organisatie waarnaar u bent doorverwezen'];

/**
 * Every column but the person's id, of a table whose shape may still grow (consents): the export follows it. A
 * table that is not there (yet, or any more) gives no rows.
 */
async function alleKolommen(m: PrivacySql, tabel: string, ids: readonly string[]) {
  const [{ bestaat }] = await m.query('SELECT to_regclass($1) IS NOT NULL AS bestaat', [tabel]);
  if (!bestaat) return [];
  const rijen: Record<string, unknown>[] = await m.query(`SELECT * FROM ${tabel} WHERE inwoner_id = ANY ($1::uuid[])`, [
    ids,
  ]);
  return rijen.map(({ inwoner_id: _id, ...rij }) => rij);
}

/**
 * Everything intake keeps about a person (AVG art. 15), for the inwoner's export: identity (the BSN masked but for
 * its last three digits), aanmeldingen, corrections, merges of their records, consents, identity checks, possible
 * duplicates (never the other person), privacy requests, correction requests and what trajecten told intake. Every table with an inwoner_id
 * column is covered here (test/mijn-gegevens.spec checks it against the database).
 */
export function intakeGegevens(vault: BsnVault): GegevensRegister<IntakeRecordsoort> {
  return {
    aliassen: samengevoegdeRecords,
    soorten: [
      {
        soort: 'identiteit',
        omschrijving: 'Uw naam, geboortedatum, adres, contactgegevens, gemeente en BSN (alleen de laatste 3 cijfers)',
        doel: 'Weten wie u bent, zodat uw aanmeldingen en traject bij u horen',
        grondslag: TAAK,
        ontvangers: [
          ...INTAKE,
          'Andere diensten van Werk in Zicht kennen u alleen onder een nummer, zonder naam of BSN',
        ],
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: [],
        gegevens: async (m, ids) => {
          const rijen: Record<string, unknown>[] = await m.query(
            `SELECT id, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer,
                    gemeentecode, email, telefoon, geslacht, anoniem, created_at AS "geregistreerdOp",
                    samengevoegd_op AS "samengevoegdOp", bsn_versleuteld, bsn_sleutel_id
             FROM inwoners WHERE id = ANY ($1::uuid[]) ORDER BY created_at`,
            [ids],
          );
          return rijen.map(({ bsn_versleuteld, bsn_sleutel_id, ...rij }) => ({
            ...rij,
            bsn: bsn_versleuteld
              ? gemaskeerdBsn(
                  vault.decrypt(
                    { sleutelId: bsn_sleutel_id as string, versleuteld: bsn_versleuteld as Buffer },
                    rij.id as string,
                  ),
                )
              : null,
          }));
        },
      },
      {
        soort: 'aanmeldingen',
        omschrijving: 'Uw aanmeldingen: wat u toen over uzelf, uw situatie en uw hulpvraag vertelde, en waarheen',
        doel: 'U doorverwijzen naar de juiste organisatie en een traject laten starten',
        grondslag: TAAK,
        ontvangers: [
          ...INTAKE,
          'Trajecten (stap en doelgroep, zonder naam)',
          'Subsidies (ESF+-kenmerken, zonder naam)',
        ],
        bewaartermijn: { termijn: 'aanmeldingen', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['aanmeldingen'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT id, kanaal, status, organisatie, gemeentecode, voornaam, achternaam,
                    to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer, email, telefoon,
                    geslacht, situatie, hulpvraag, hulpvraag_soort AS "hulpvraagSoort", participatieladder,
                    geregistreerd_door_organisatie AS "geregistreerdDoorOrganisatie", created_at AS "aangemeldOp"
             FROM aanmeldingen WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY created_at, id`,
            [ids],
          ),
      },
      {
        soort: 'wijzigingen',
        omschrijving: 'Verbeteringen van uw gegevens: welk veld, oud en nieuw, waarom en door welke organisatie',
        doel: 'Uw gegevens juist houden en laten zien wie ze wanneer veranderde (AVG art. 16)',
        grondslag: TAAK,
        ontvangers: INTAKE,
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['inwoner_wijzigingen'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT versie, veld, oud, nieuw, reden, gewijzigd_door_organisatie AS "gewijzigdDoorOrganisatie",
                    gewijzigd_op AS "gewijzigdOp"
             FROM inwoner_wijzigingen WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY gewijzigd_op, id`,
            [ids],
          ),
      },
      {
        soort: 'samenvoegingen',
        omschrijving: 'Samenvoegingen van twee inschrijvingen van u tot één: wanneer, waarom en door welke organisatie',
        doel: 'Eén dossier per persoon houden',
        grondslag: TAAK,
        ontvangers: INTAKE,
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['inwoner_samenvoegingen'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT vervallen_id AS "vervallenInwonerId", behouden_id AS "behoudenInwonerId", reden,
                    samengevoegd_door_organisatie AS "samengevoegdDoorOrganisatie", samengevoegd_op AS "samengevoegdOp"
             FROM inwoner_samenvoegingen WHERE vervallen_id = ANY ($1::uuid[]) OR behouden_id = ANY ($1::uuid[])
             ORDER BY samengevoegd_op, vervallen_id`,
            [ids],
          ),
      },
      {
        soort: 'toestemmingen',
        omschrijving: 'Uw toestemmingen om uw profiel te delen, en wanneer u ze gaf of introk',
        doel: 'Uw profiel alleen delen met wie u toestemming gaf',
        grondslag: 'Toestemming (AVG art. 6 lid 1 sub a)',
        ontvangers: ['Werkgevers-dienst (of uw profiel gedeeld mag worden)'],
        bewaartermijn: { termijn: 'toestemmingen', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['toestemmingen', 'toestemming_wijzigingen'],
        gegevens: async (m, ids) => [
          ...(await alleKolommen(m, 'toestemmingen', ids)).map((r) => ({ tabel: 'toestemmingen', ...r })),
          ...(await alleKolommen(m, 'toestemming_wijzigingen', ids)).map((r) => ({ tabel: 'geschiedenis', ...r })),
        ],
      },
      {
        soort: 'identiteitscontroles',
        omschrijving: 'Controles door beheer als een aanmelding andere gegevens had dan bij uw BSN bekend',
        doel: 'Voorkomen dat gegevens van een ander bij u terechtkomen',
        grondslag: TAAK,
        ontvangers: ['Beheer van Werk in Zicht'],
        bewaartermijn: { termijn: 'identiteitscontroles', vanaf: 'de controle', bron: 'Eigen afweging' },
        tabellen: ['identiteitscontroles'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT id, aanmelding_id AS "aanmeldingId", afwijkende_velden AS "afwijkendeVelden", status,
                    gevonden_op AS "gevondenOp", beoordeeld_op AS "beoordeeldOp", toelichting
             FROM identiteitscontroles WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY gevonden_op, id`,
            [ids],
          ),
      },
      {
        soort: 'mogelijke-dubbelen',
        // Only the fact and its state: the other record may be another person, of whom nothing is shown.
        omschrijving: 'Meldingen dat u mogelijk twee keer bent ingeschreven, en hoe dat is beoordeeld',
        doel: 'Eén dossier per persoon houden',
        grondslag: TAAK,
        ontvangers: ['Beheer van Werk in Zicht'],
        bewaartermijn: { termijn: 'mogelijke-dubbelen', vanaf: 'de melding', bron: 'Eigen afweging' },
        tabellen: ['mogelijke_dubbelen'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT gevonden_op AS "gevondenOp", status FROM mogelijke_dubbelen
             WHERE inwoner_id = ANY ($1::uuid[]) OR kandidaat_id = ANY ($1::uuid[]) ORDER BY gevonden_op, id`,
            [ids],
          ),
      },
      {
        soort: 'privacyverzoeken',
        omschrijving: 'Uw verzoeken om wissen of beperken van uw gegevens, en hun afhandeling',
        doel: 'Uw rechten onder de AVG nakomen en kunnen aantonen dat dat gebeurde',
        grondslag: 'Wettelijke verplichting (AVG art. 6 lid 1 sub c, art. 5 lid 2)',
        ontvangers: ['De privacy officer (functionaris gegevensbescherming)'],
        bewaartermijn: { vanaf: 'Blijven bewaard als bewijs van de afhandeling', bron: 'AVG art. 5 lid 2' },
        tabellen: ['privacyverzoeken'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT id, soort, reden, ingediend_door_organisatie AS "ingediendDoorOrganisatie",
                    ingediend_op AS "ingediendOp", opgeheven_door_verzoek AS "opgehevenDoorVerzoek"
             FROM privacyverzoeken WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY ingediend_op, id`,
            [ids],
          ),
      },
      {
        soort: 'correctieverzoeken',
        omschrijving: 'Uw verzoeken om uw gegevens te verbeteren, en wat ermee gebeurde',
        doel: 'Uw recht op verbetering nakomen (AVG art. 16)',
        grondslag: 'Wettelijke verplichting (AVG art. 6 lid 1 sub c)',
        ontvangers: INTAKE,
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['correctieverzoeken'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT id, onderdeel, gewenst, toelichting, status, ingediend_op AS "ingediendOp",
                    afgehandeld_op AS "afgehandeldOp", uitkomst_toelichting AS "uitkomstToelichting",
                    afgehandeld_door_organisatie AS "afgehandeldDoorOrganisatie"
             FROM correctieverzoeken WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY ingediend_op, id`,
            [ids],
          ),
      },
      {
        soort: 'rechtenverzoeken',
        omschrijving:
          'Uw verzoeken om uw gegevens te wissen, het gebruik te beperken of bezwaar te maken, en het antwoord',
        doel: 'Uw rechten nakomen en binnen een maand antwoorden (AVG art. 12, 17, 18 en 21)',
        grondslag: 'Wettelijke verplichting (AVG art. 6 lid 1 sub c)',
        ontvangers: ['De functionaris gegevensbescherming van Werk in Zicht'],
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['rechtenverzoeken'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT id, recht, toelichting, status, ingediend_op AS "ingediendOp", uiterlijk_op::text AS "uiterlijkOp",
                    oorspronkelijk_uiterlijk_op::text AS "oorspronkelijkUiterlijkOp", verlengd_op AS "verlengdOp",
                    verlenging_reden AS "verlengingReden",
                    afgehandeld_op AS "afgehandeldOp", uitkomst_toelichting AS "uitkomstToelichting",
                    afgehandeld_door_organisatie AS "afgehandeldDoorOrganisatie"
             FROM rechtenverzoeken WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY ingediend_op, id`,
            [ids],
          ),
      },
      {
        soort: 'trajecten',
        omschrijving: 'Welke organisatie en welk team uw traject hebben, en wanneer het werd afgesloten',
        doel: 'Uw consulent uw gegevens laten zien, en bewaartermijnen laten ingaan na afsluiting',
        grondslag: TAAK,
        ontvangers: ['Uw consulent en hun team'],
        bewaartermijn: { termijn: 'identiteit', vanaf: NA_AFSLUITING, bron: SELECTIELIJST },
        tabellen: ['traject_toewijzingen', 'traject_afsluitingen'],
        gegevens: (m, ids) =>
          m.query(
            `SELECT t.traject_id AS "trajectId", t.organisatie, t.team, t.toegewezen_op AS "toegewezenOp",
                    to_char(a.afgesloten_op, 'YYYY-MM-DD') AS "afgeslotenOp"
             FROM traject_toewijzingen t LEFT JOIN traject_afsluitingen a ON a.traject_id = t.traject_id
             WHERE t.inwoner_id = ANY ($1::uuid[])
             UNION
             SELECT a.traject_id, NULL, NULL, NULL, to_char(a.afgesloten_op, 'YYYY-MM-DD')
             FROM traject_afsluitingen a WHERE a.inwoner_id = ANY ($1::uuid[])
               AND NOT EXISTS (SELECT 1 FROM traject_toewijzingen t WHERE t.traject_id = a.traject_id)`,
            [ids],
          ),
      },
      BEPERKING_SOORT,
    ],
  };
}

/** For PlatformAuditModule: the register with the service's BSN keys. */
export const INTAKE_GEGEVENS: GegevensRegisterFactory = {
  inject: [INTAKE_CONFIG],
  useFactory: (config: IntakeConfig) => intakeGegevens(new BsnVault(config.bsn)),
};
