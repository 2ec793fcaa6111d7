import { Keten, type Antwoord } from './support/keten';
import {
  aanmelding,
  BEHEER,
  FINANCIEN,
  FRONTOFFICE,
  jtfRegeling,
  PRIVACY,
  UWV_CONSULENT,
  werkgeverMetVacature,
  WERKGEVERSTEAM,
} from './support/persoon-door-de-keten';
import type { Persoon } from './support/persoonsgegevens-scan';
import { trajectIds } from './support/samenvoegen';
import { toegepastDoor, totRust } from './support/tot-rust';
import { kalenderdag } from '@wiz/contracts';

const tjitske: Persoon = {
  voornaam: 'Tjitske',
  achternaam: 'Beperkma',
  geboortedatum: '1970-03-30',
  postcode: '9722AB',
  email: 't.beperkma@voorbeeld.nl',
  bsn: '123456782',
};

/**
 * Issue 19, restriction (AVG art. 18): one request at intake blocks the use of the person's data in every service
 * while keeping it (403 "Verwerking beperkt" to all but the privacy officer; no new placement or cost line), and
 * lifting it gives everything back.
 */
describe('restriction across the whole system', () => {
  const keten = Keten.vanDeVierServices();

  it('blocks use of the person in every service while restricted, and no longer once lifted', async () => {
    const { inwonerId } = (
      await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(tjitske))
    ).body;
    const [trajectId] = await keten.until(async () => {
      const ids = await trajectIds(keten, inwonerId);
      return ids.length ? ids : undefined;
    }, 'her traject');
    const vacature = await werkgeverMetVacature(keten, '44444444', 2);
    await jtfRegeling(keten);
    await totRust(keten);
    const vandaag = kalenderdag(new Date());
    const gebruik = async (): Promise<Antwoord[]> => [
      await keten.call('intake', FRONTOFFICE, 'GET', `/api/v1/inwoners/${inwonerId}`),
      await keten.call('trajecten', UWV_CONSULENT, 'GET', `/api/v1/trajecten/${trajectId}`),
      await keten.call('werkgevers', WERKGEVERSTEAM, 'POST', '/api/v1/plaatsingen', {
        trajectId,
        ...vacature,
        startdatum: vandaag,
        urenPerWeek: 20,
        contractvorm: 'tijdelijk',
      }),
      await keten.call('subsidies', FINANCIEN, 'POST', '/api/v1/kostenregels', {
        regelingCode: 'JTF',
        inwonerId,
        soort: 'begeleiding',
        bedragCenten: 10_000,
        datum: vandaag,
        omschrijving: 'jobcoaching',
        bewijsstuk: 'factuur-b1',
      }),
    ];

    const beperking = await keten.expect(201, 'intake', PRIVACY, 'POST', `/api/v1/inwoners/${inwonerId}/beperkingen`, {
      reden: 'Betrokkene betwist de juistheid (AVG art. 18 lid 1 a)',
    });
    await toegepast(keten, 1);
    const beperkt = await gebruik();
    expect(beperkt.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    for (const r of beperkt) expect(JSON.stringify(r.body)).toContain('Verwerking beperkt');
    // The data is kept and the privacy officer still reads it; beheer is held back like everyone else.
    const gelezen = await keten.expect(200, 'intake', PRIVACY, 'GET', `/api/v1/inwoners/${inwonerId}`);
    expect(gelezen.body).toMatchObject({ voornaam: tjitske.voornaam, achternaam: tjitske.achternaam });
    expect((await keten.call('trajecten', BEHEER, 'GET', `/api/v1/trajecten/${trajectId}`)).status).toBe(403);

    const pad = `/api/v1/inwoners/${inwonerId}/beperkingen/${beperking.body.id}/opheffing`;
    await keten.expect(201, 'intake', PRIVACY, 'POST', pad, { reden: 'Juistheid vastgesteld' });
    await toegepast(keten, 2);
    expect((await gebruik()).map((r) => r.status)).toEqual([200, 200, 201, 201]);
  }, 180_000);
});

/** Waits until trajecten, werkgevers and subsidies have each applied `n` verwerking-beperkt events. */
async function toegepast(keten: Keten, n: number): Promise<void> {
  await toegepastDoor(keten, ['trajecten', 'werkgevers', 'subsidies'], 'verwerking-beperkt', n);
  await totRust(keten);
}
