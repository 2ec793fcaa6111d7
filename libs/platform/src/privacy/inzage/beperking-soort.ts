import type { Gegevenssoort } from './gegevens-register';

/**
 * The `beperkingen` table every service keeps (beperkingen.ts): whether the person's processing is restricted here.
 * The same kind in every service's export, declared once.
 */
export const BEPERKING_SOORT: Gegevenssoort<never> = {
  soort: 'beperking',
  omschrijving: 'Of het gebruik van uw gegevens is beperkt (op uw verzoek), en sinds wanneer',
  doel: 'Uw verzoek om beperking van de verwerking nakomen (AVG art. 18)',
  grondslag: 'Wettelijke verplichting (AVG art. 6 lid 1 sub c)',
  ontvangers: ['Geen: elke dienst van Werk in Zicht houdt de stand voor zich bij'],
  bewaartermijn: { vanaf: 'Zolang uw andere gegevens bewaard worden', bron: 'AVG art. 18' },
  tabellen: ['beperkingen'],
  gegevens: (m, inwonerIds) =>
    m.query(
      `SELECT beperkt, gewijzigd_op AS "gewijzigdOp" FROM beperkingen WHERE inwoner_id = ANY ($1::uuid[])
       ORDER BY gewijzigd_op`,
      [inwonerIds],
    ),
};
