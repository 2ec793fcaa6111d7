import type { Keten } from './keten';
import {
  aanmelding,
  consulent,
  FRONTOFFICE,
  jtfRegeling,
  plaats,
  registreerConsulent,
  trajectVan,
  werkgeverMetVacature,
  WERKGEVERSTEAM,
} from './persoon-door-de-keten';
import type { Persoon } from './persoonsgegevens-scan';
import { dienJtfDeclaratieIn, kostenregel, zetStappen } from './trajectwerk';
import { kalenderdag } from '@wiz/contracts';

/** The person an erasure spec erases: values found nowhere else in a run, so any hit is hers. */
export const wobbina: Persoon = {
  voornaam: 'Wobbina',
  achternaam: 'Grevenstuk',
  geboortedatum: '1979-02-13',
  postcode: '9745XK',
  email: 'w.grevenstuk@voorbeeld.nl',
  bsn: '273849104',
};

export interface Weg {
  /** When set, the employer team ends her placement with this reason (the portaal's free-text field). */
  beeindigingsreden?: string;
}

/**
 * Wobbina's whole way: intake; trajecten with her name where a consulent writes it (steps, journal, plan and its
 * agreement); a placement in werkgevers; her coaching costs in a submitted JTF claim in subsidies.
 */
export async function wegVanWobbina(keten: Keten, weg: Weg = {}): Promise<{ inwonerId: string; declaratieId: string }> {
  const p = wobbina;
  const vandaag = kalenderdag(new Date());
  const naam = `${p.voornaam} ${p.achternaam}`;
  const { inwonerId } = (await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(p)))
    .body;

  await registreerConsulent(keten);
  const { id: trajectId } = await trajectVan(keten, inwonerId);
  const anna = consulent();
  await zetStappen(keten, trajectId, {
    als: anna,
    toelichting: [`${naam} wil eerst de opleiding helpende zorg`, `${p.voornaam} heeft haar diploma`],
  });
  const traject = `/api/v1/trajecten/${trajectId}`;
  await keten.expect(201, 'trajecten', anna, 'POST', `${traject}/notities`, {
    soort: 'gesprek',
    tekst: `Gesprek met ${naam} (${p.email}): wil 28 uur in de zorg.`,
    datum: vandaag,
  });
  const doel = await keten.expect(201, 'trajecten', anna, 'POST', `${traject}/plan/doelen`, {
    omschrijving: `${naam} werkt binnen een jaar als helpende zorg`,
  });
  await keten.expect(201, 'trajecten', anna, 'POST', `${traject}/plan/doelen/${doel.body.id}/acties`, {
    omschrijving: `${p.voornaam} stuurt haar cv naar Zorggroep Stad`,
    eigenaar: p.voornaam,
    streefdatum: vandaag,
  });
  await keten.expect(201, 'trajecten', anna, 'POST', `${traject}/plan/akkoord`, { door: naam, op: vandaag });

  const plaatsing = await plaats(keten, trajectId, await werkgeverMetVacature(keten, '87654321'));
  if (weg.beeindigingsreden)
    await keten.expect(200, 'werkgevers', WERKGEVERSTEAM, 'POST', `/api/v1/plaatsingen/${plaatsing.id}/beeindiging`, {
      einddatum: vandaag,
      reden: weg.beeindigingsreden,
    });
  await jtfRegeling(keten);
  const declaratieId = await dienJtfDeclaratieIn(keten, await kostenregel(keten, inwonerId, 125_000));
  return { inwonerId, declaratieId };
}
