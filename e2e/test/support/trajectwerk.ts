import type { Als, Keten } from './keten';
import { FINANCIEN, UWV_CONSULENT } from './persoon-door-de-keten';
import { kalenderdag } from '@wiz/contracts';

export interface Stappen {
  als?: Als;
  toelichting?: [string, string];
  /** Runs after the first step: e.g. a merge while the steps are being set. */
  tussendoor?: () => Promise<void>;
}

/**
 * A consulent's work on one traject, each step an event to another service: to Ontwikkelen, a Kansrijk Opleiden
 * course passed (the monitor counts the person once for it), back to Matchen.
 */
export async function zetStappen(keten: Keten, trajectId: string, o: Stappen = {}): Promise<void> {
  const { als = UWV_CONSULENT, toelichting = ['cursus', 'klaar'] } = o;
  const vandaag = kalenderdag(new Date());
  const pad = `/api/v1/trajecten/${trajectId}`;
  const stap = (stap: string, tekst: string) =>
    keten.expect(200, 'trajecten', als, 'POST', `${pad}/stappen`, { stap, toelichting: tekst });
  await stap('ontwikkelen', toelichting[0]);
  await o.tussendoor?.();
  const activiteit = { soort: 'kansrijk-opleiden', startdatum: vandaag };
  const a = await keten.expect(201, 'trajecten', als, 'POST', `${pad}/activiteiten`, activiteit);
  const afronding = { resultaat: 'behaald', datum: vandaag };
  await keten.expect(200, 'trajecten', als, 'POST', `${pad}/activiteiten/${a.body.id}/afronding`, afronding);
  await stap('matchen', toelichting[1]);
}

/** A JTF cost line for an inwonerId; it stands in subsidies whether or not the participant is known there yet. */
export async function kostenregel(keten: Keten, inwonerId: string, bedragCenten: number): Promise<string> {
  const res = await keten.expect(201, 'subsidies', FINANCIEN, 'POST', '/api/v1/kostenregels', {
    regelingCode: 'JTF',
    inwonerId,
    soort: 'begeleiding',
    bedragCenten,
    datum: kalenderdag(new Date()),
    omschrijving: 'jobcoaching',
    bewijsstuk: `factuur-${bedragCenten}`,
  });
  return res.body.id;
}

/** Compiles this year's JTF claim once subsidies knows the line's participant, submits it, and gives its id. */
export async function dienJtfDeclaratieIn(keten: Keten, kostenregelId: string): Promise<string> {
  const jaar = kalenderdag(new Date()).slice(0, 4);
  const periode = { regelingCode: 'JTF', periodeVan: `${jaar}-01-01`, periodeTot: `${jaar}-12-31` };
  const concept = await keten.until(async () => {
    const d = await keten.call('subsidies', FINANCIEN, 'POST', '/api/v1/declaraties', periode);
    // Until subsidies has the person in its register (events arrive asynchronously) the line is excluded.
    return d.body?.opgenomen?.includes(kostenregelId) && d.body.indicatoren?.deelnemers === 1 ? d.body : undefined;
  }, 'the claim with the participant known');
  await keten.expect(200, 'subsidies', FINANCIEN, 'POST', `/api/v1/declaraties/${concept.id}/indiening`);
  return concept.id;
}
