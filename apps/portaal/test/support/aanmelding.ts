import { PortaalOmgeving, roep, totDat } from '../harness/portaal';
import type { TESTINWONERS } from './inwoner-login';

/** An aanmelding at the desk of a WW recipient ready for work (routed to UWV, step Matchen), for this person. */
export function balieAanmelding(inwoner: Record<string, unknown>, hulpvraag = 'Ik wil de zorg in') {
  return {
    kanaal: 'balie',
    inwoner,
    situatie: {
      uitkering: 'ww',
      werkend: false,
      zzp: false,
      arbeidsbeperking: false,
      statushouder: false,
      startkwalificatie: true,
      participatieladder: 4,
    },
    hulpvraag,
  };
}

/** One of the development DigiD login's test persons registered at the desk with their own data, as `npm start` does. */
export function meldTestinwonerAan(
  omgeving: PortaalOmgeving,
  { naam: _naam, ...inwoner }: (typeof TESTINWONERS)[number],
) {
  return roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'POST', '/aanmeldingen', balieAanmelding(inwoner));
}

/**
 * A WW recipient in Groningen, registered at the front office desk: routed to UWV, step Matchen, and trajecten
 * starts the traject from intake's event. Returns the aanmelding's answer and the traject once it is there.
 */
export async function meldSanneJansenAan(omgeving: PortaalOmgeving) {
  const aanmelding = await roep(
    omgeving,
    'intake',
    'frontoffice',
    'GM0014',
    'POST',
    '/aanmeldingen',
    balieAanmelding({
      voornaam: 'Sanne',
      achternaam: 'Jansen',
      geboortedatum: '1988-05-17',
      postcode: '9712CD',
      huisnummer: '3',
      gemeentecode: 'GM0014',
      telefoon: '0612345678',
    }),
  );
  const traject = await trajectVan(omgeving, aanmelding.body.inwonerId);
  return { aanmelding: aanmelding.body, traject };
}

/** The traject trajecten started for this inwoner (UWV's), once intake's event has been applied. */
export function trajectVan(omgeving: PortaalOmgeving, inwonerId: string) {
  return totDat(
    async () =>
      (
        await roep<{ items: { id: string; inwonerId: string }[] }>(
          omgeving,
          'trajecten',
          'consulent',
          'UWV',
          'GET',
          `/trajecten?inwonerId=${inwonerId}`,
        )
      ).body?.items?.[0],
    'the traject',
  );
}
