import { randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { aanmelding, IntakeTestApp } from './intake-test-app';

const problemOf = (kind: 'niet-gevonden' | 'conflict', status: number, detail: string) => ({
  type: `https://werkinzicht.nl/problemen/${kind}`,
  status,
  detail,
});

/** Intake's refusals are domain errors that the platform's problem filter answers: status and detail as documented. */
describe('intake: refusals as problems', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('answers what is absent, or not the caller’s to see, with 404 and what was asked for', async () => {
    const fo = await t.as('frontoffice');
    const beheer = await t.as('beheer', 'WIZ');
    const id = randomUUID();
    const { inwonerId } = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    const cases: [Promise<{ body: unknown }>, string][] = [
      [fo.get(`/api/v1/aanmeldingen/${id}`).expect(404), `Aanmelding ${id} not found.`],
      [fo.get(`/api/v1/inwoners/${id}`).expect(404), `Inwoner ${id} not found.`],
      [
        fo.put(`/api/v1/inwoners/${id}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: true }).expect(404),
        `Inwoner ${id} not found.`,
      ],
      [
        fo.put(`/api/v1/inwoners/${inwonerId}/toestemmingen/alles`, { gegeven: true }).expect(404),
        'Unknown consent purpose alles.',
      ],
      [beheer.get('/api/v1/routeringsregels/versies/99').expect(404), 'No routing table version 99.'],
      [
        beheer.post(`/api/v1/identiteitscontroles/${id}/beoordeling`, { uitkomst: 'zelfde-persoon' }).expect(404),
        `Identiteitscontrole ${id} not found.`,
      ],
    ];
    for (const [response, detail] of cases)
      expect((await response).body).toMatchObject(problemOf('niet-gevonden', 404, detail));
  });

  it('refuses a routing table version stored at the same moment as another with 409', async () => {
    const beheer = await t.as('beheer', 'WIZ', 'functioneel-beheerder');
    const huidige = (await beheer.get('/api/v1/routeringsregels').expect(200)).body;
    // Another version is being stored: the request's insert of the same number waits for it, then loses.
    const bezig = t.app.get(DataSource).createQueryRunner();
    await bezig.connect();
    await bezig.startTransaction();
    try {
      await bezig.query(
        `INSERT INTO routeringsregels (versie, tabel, toelichting, vastgesteld_door)
         SELECT versie + 1, tabel, 'tegelijk', 'test' FROM routeringsregels WHERE versie = $1`,
        [huidige.versie],
      );
      // then() sends the request now; it waits in the database until the other transaction ends.
      const tegelijk = beheer
        .post('/api/v1/routeringsregels', { toelichting: 'ook', tabel: huidige.tabel })
        .then((r) => r);
      await wait(300);
      await bezig.commitTransaction();
      expect((await tegelijk).body).toMatchObject(
        problemOf('conflict', 409, 'Another version was stored at the same moment; read the table again and retry.'),
      );
    } finally {
      await bezig.release();
    }
  });
});
