import type { Als, Keten } from './keten';
import type { Persoon } from './persoonsgegevens-scan';
import { kalenderdag } from '@wiz/contracts';

export const FRONTOFFICE: Als = { role: 'frontoffice', organisatie: 'GM0014' };
export const BEHEER: Als = { role: 'beheer', organisatie: 'WIZ' };
export const WERKGEVERSTEAM: Als = { role: 'werkgeversteam', organisatie: 'WIZ' };
export const FINANCIEN: Als = { role: 'financien', organisatie: 'WIZ' };
export const MONITOR: Als = { role: 'monitor', organisatie: 'WIZ' };
export const PRIVACY: Als = { role: 'privacy', organisatie: 'WIZ' };
export const UWV_CONSULENT: Als = { role: 'consulent', organisatie: 'UWV' };

/** A WW recipient's aanmelding (routed to UWV, Matchen); `bsn: undefined` registers them without one. */
export function aanmelding(
  p: Persoon,
  gemeentecode = 'GM0014',
  hulpvraag = `Ik ben ${p.voornaam} en zoek werk in de zorg`,
) {
  return {
    kanaal: 'balie',
    inwoner: {
      ...(p.bsn ? { bsn: p.bsn } : {}),
      voornaam: p.voornaam,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      postcode: p.postcode,
      huisnummer: '7',
      gemeentecode,
      email: p.email,
    },
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

/** The consulent who holds the person's traject at UWV (registered as a medewerker, team noord). */
export const consulent = (organisatie = 'UWV'): Als => ({
  role: 'consulent',
  organisatie,
  subject: 'anna',
  team: 'noord',
});

export async function registreerConsulent(keten: Keten, organisatie = 'UWV'): Promise<void> {
  const body = { naam: 'anna', organisatie, team: 'noord', actief: true };
  await keten.expect(200, 'trajecten', BEHEER, 'PUT', '/api/v1/medewerkers/anna', body);
}

/** Waits for the inwoner's traject in trajecten (started by intake's aanmelding-afgerond) and gives it to anna. */
export async function trajectVan(keten: Keten, inwonerId: string, organisatie = 'UWV'): Promise<{ id: string }> {
  const traject = await keten.until(
    async () =>
      (await keten.call('trajecten', BEHEER, 'GET', `/api/v1/trajecten?inwonerId=${inwonerId}`)).body?.items?.[0],
    `the traject of ${inwonerId}`,
  );
  await keten.expect(200, 'trajecten', BEHEER, 'POST', `/api/v1/trajecten/${traject.id}/toewijzing`, {
    consulent: consulent(organisatie).subject,
  });
  return traject;
}

/** An employer with one vacancy of `aantal` places. */
export async function werkgeverMetVacature(keten: Keten, kvkNummer: string, aantal = 1) {
  const werkgever = await keten.expect(201, 'werkgevers', WERKGEVERSTEAM, 'POST', '/api/v1/werkgevers', {
    kvkNummer,
    naam: 'Zorggroep Stad',
    gemeentecode: 'GM0014',
    sbiCode: '8710',
  });
  const vacature = await keten.expect(
    201,
    'werkgevers',
    WERKGEVERSTEAM,
    'POST',
    `/api/v1/werkgevers/${werkgever.body.id}/vacatures`,
    { titel: 'Helpende zorg', urenPerWeek: 28, aantal, skills: ['persoonlijke-verzorging'] },
  );
  return { werkgeverId: werkgever.body.id as string, vacatureId: vacature.body.id as string };
}

/** Places the traject's person once werkgevers knows the traject (it must be in Matchen there). */
export async function plaats(keten: Keten, trajectId: string, w: { werkgeverId: string; vacatureId: string }) {
  const vandaag = kalenderdag(new Date());
  const body = { trajectId, ...w, startdatum: vandaag, urenPerWeek: 28, contractvorm: 'vast' };
  return keten.until(async () => {
    const res = await keten.call('werkgevers', WERKGEVERSTEAM, 'POST', '/api/v1/plaatsingen', body);
    return res.status === 201 ? (res.body as { id: string }) : undefined;
  }, `a placement on traject ${trajectId}`);
}

/** A JTF scheme over this year for Groningen. */
export async function jtfRegeling(keten: Keten): Promise<string> {
  const jaar = kalenderdag(new Date()).slice(0, 4);
  await keten.expect(201, 'subsidies', FINANCIEN, 'POST', '/api/v1/regelingen', {
    code: 'JTF',
    naam: 'Just Transition Fund',
    startdatum: `${jaar}-01-01`,
    einddatum: `${jaar}-12-31`,
    gemeentecodes: ['GM0014'],
    cofinancieringspercentage: 60,
  });
  return jaar;
}
