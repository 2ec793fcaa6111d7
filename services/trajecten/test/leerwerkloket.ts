import type { TrajectenTestApp } from './trajecten-test-app';

/** A consulent of the leerwerkloket (in `team`) who gets every traject handed over to it: its rule is 'vast'. */
export async function leerwerkloketOntvanger(t: TrajectenTestApp, subject: string, team: string): Promise<void> {
  const beheer = await t.as('beheer', 'WIZ');
  const medewerker = { naam: 'L', organisatie: 'leerwerkloket', team, actief: true };
  await beheer.put(`/api/v1/medewerkers/${subject}`, medewerker).expect(200);
  await beheer.put('/api/v1/toewijzingsregels/leerwerkloket', { regel: 'vast', consulent: subject }).expect(200);
}
