import { BEPERKING_SOORT, type GegevensRegister } from '@wiz/platform';
import type { WerkgeversSoort } from '../bewaartermijnen/werkgevers-bewaartermijnen';

const NA_AFSLUITING = 'afsluiting traject';

/**
 * Everything werkgevers keeps about a person (AVG art. 15), for the inwoner's export: the candidate profile with its
 * consent and benefit situation, and placements at employers with their hours. Every table with an inwoner_id
 * column is covered here (test/privacy.spec checks it against the database).
 */
export const WERKGEVERS_GEGEVENS: GegevensRegister<WerkgeversSoort> = {
  soorten: [
    {
      soort: 'kandidaatprofiel',
      omschrijving: 'Uw profiel als kandidaat voor werk: stap in uw traject, vaardigheden, of het gedeeld mag worden',
      doel: 'U voorstellen aan werkgevers met passend werk (bemiddeling)',
      grondslag: 'Wettelijke taak: Participatiewet art. 7 (AVG art. 6 lid 1 sub e)',
      ontvangers: ['Werkgevers, alleen met uw toestemming en zonder naam', 'Werkgeversadviseurs in de regio'],
      bewaartermijn: { termijn: 'kandidaten', vanaf: NA_AFSLUITING, bron: 'Eigen afweging (zes maanden nazorg)' },
      tabellen: ['kandidaten'],
      gegevens: (m, ids) =>
        m.query(
          `SELECT traject_id AS "trajectId", organisatie, gemeentecode, stap, status, skills AS vaardigheden,
                  vrijgegeven
           FROM kandidaten WHERE inwoner_id = ANY ($1::uuid[]) ORDER BY traject_id`,
          [ids],
        ),
    },
    {
      soort: 'toestemmingen',
      omschrijving: 'Uw toestemming om uw profiel te delen met werkgevers',
      doel: 'Uw profiel alleen delen als u dat wilt',
      grondslag: 'Toestemming (AVG art. 6 lid 1 sub a)',
      ontvangers: ['Geen'],
      bewaartermijn: { termijn: 'kandidaten', vanaf: NA_AFSLUITING, bron: 'Eigen afweging (zes maanden nazorg)' },
      tabellen: ['toestemmingen'],
      // Every column but the id: the consent's shape grows (per purpose, per vacancy), the export follows it.
      gegevens: async (m, ids) => {
        const rijen: Record<string, unknown>[] = await m.query(
          'SELECT * FROM toestemmingen WHERE inwoner_id = ANY ($1::uuid[])',
          [ids],
        );
        return rijen.map(({ inwoner_id: _id, ...rest }) => rest);
      },
    },
    {
      soort: 'uitkeringssituatie',
      omschrijving: 'Uw uitkering en of u in het doelgroepregister staat, zoals bij aanmelding vastgelegd',
      doel: 'Passend werk en afspraakbanen vinden, loonkostensubsidie en SROI-afspraken bepalen',
      grondslag: 'Wettelijke taak: Participatiewet, Wet banenafspraak (AVG art. 6 lid 1 sub e)',
      ontvangers: ['Geen buiten Werk in Zicht'],
      bewaartermijn: { termijn: 'kandidaten', vanaf: NA_AFSLUITING, bron: 'Eigen afweging (zes maanden nazorg)' },
      tabellen: ['uitkeringssituaties'],
      gegevens: (m, ids) =>
        m.query(
          `SELECT uitkering, uitkering_sinds AS "uitkeringSinds", doelgroepregister, aangemeld_op AS "aangemeldOp"
           FROM uitkeringssituaties WHERE inwoner_id = ANY ($1::uuid[])`,
          [ids],
        ),
    },
    {
      soort: 'plaatsingen',
      omschrijving: 'Uw plaatsingen bij werkgevers: werkgever, vacature, start, uren (met wijzigingen), einde',
      doel: 'Begeleiding bij werk, verantwoording van afspraakbanen en SROI',
      grondslag: 'Wettelijke taak: Participatiewet, Wet banenafspraak (AVG art. 6 lid 1 sub e)',
      ontvangers: ['Subsidies (kosten en ESF+-verantwoording, zonder naam)', 'Trajecten (uw traject)'],
      bewaartermijn: {
        termijn: 'plaatsingen',
        vanaf: NA_AFSLUITING,
        bron: 'Fiscale bewaarplicht van de administratie, art. 52 AWR (aangenomen)',
      },
      tabellen: ['plaatsingen'],
      gegevens: (m, ids) =>
        m.query(
          `SELECT p.id, p.traject_id AS "trajectId", w.naam AS werkgever, v.titel AS vacature, p.startdatum::text,
                  p.einddatum::text, p.uren_per_week::float AS "urenPerWeek", p.contractvorm, p.afspraakbaan,
                  p.sroi_doelgroep AS "sroiDoelgroep", p.eind_reden AS "eindReden",
                  COALESCE((SELECT json_agg(json_build_object('ingangsdatum', u.ingangsdatum,
                              'urenPerWeek', u.uren_per_week, 'vorigeUrenPerWeek', u.vorige_uren_per_week)
                              ORDER BY u.ingangsdatum)
                            FROM plaatsing_uren u WHERE u.plaatsing_id = p.id), '[]') AS urenwijzigingen
           FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id LEFT JOIN vacatures v ON v.id = p.vacature_id
           WHERE p.inwoner_id = ANY ($1::uuid[]) ORDER BY p.startdatum, p.id`,
          [ids],
        ),
    },
    BEPERKING_SOORT,
  ],
};
