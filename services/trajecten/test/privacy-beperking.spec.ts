import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';
import { intakeRechten } from './privacy-helpers';
import { OpvolgingVuren } from '../src/modules/opvolgingen/jobs/opvolging-vuren';
import { OpvolgingWorker } from '../src/modules/opvolgingen/jobs/opvolging-worker';
import { OpvolgingWachtrij } from '../src/modules/opvolgingen/jobs/opvolging-wachtrij';
import { jobId } from '../src/modules/opvolgingen/jobs/vuur-job';

/** Restriction (issue 19, AVG art. 18): the data stays, nobody works with it, timers wait; lifting resumes all. */
describe('trajecten: verwerking-beperkt', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  const intake = intakeRechten(t);
  beforeAll(() => d.medewerkers());

  const beperkt = async (inwonerId: string, verwacht: boolean) =>
    eventually(async () => {
      const rijen = await t.query('SELECT beperkt FROM beperkingen WHERE inwoner_id = $1', [inwonerId]);
      expect(rijen[0]?.beperkt ?? false).toBe(verwacht);
    });

  it('answers 403 Verwerking beperkt to reads and changes of the person, hides them from lists, 404 elsewhere', async () => {
    const { id, inwonerId } = await d.vanAnna();
    const anna = await d.als('anna');
    await anna.post(`/api/v1/trajecten/${id}/notities`, { soort: 'gesprek', tekst: 'vooraf', datum: '2026-03-02' });
    await intake.beperk(inwonerId, true);
    await beperkt(inwonerId, true);

    const pad = `/api/v1/trajecten/${id}`;
    const geweigerd = await anna.get(pad).expect(403);
    expect(geweigerd.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(geweigerd.body).toMatchObject({ status: 403, title: 'Verwerking beperkt', beperkt: true });
    await anna.get(`${pad}/notities`).expect(403);
    await anna.get(`${pad}/plan`).expect(403);
    await anna.post(`${pad}/stappen`, { stap: 'begeleiden', toelichting: 'verder' }).expect(403);
    await anna.post(`${pad}/notities`, { soort: 'gesprek', tekst: 'nieuw', datum: '2026-03-02' }).expect(403);
    await (await t.as('beheer', 'WIZ')).get(pad).expect(403);
    await anna.get(`/api/v1/trajecten?inwonerId=${inwonerId}`).expect(403);
    const [opvolging] = await t.query('SELECT id FROM opvolgingen WHERE traject_id = $1 LIMIT 1', [id]);
    await anna.get(`/api/v1/opvolgingen/${opvolging.id}`).expect(403);
    // Another organisation learns nothing, not even that a restriction exists.
    await (await t.as('consulent', 'GM0034')).get(pad).expect(404);
    const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
    expect(ids((await anna.get('/api/v1/caseload').expect(200)).body)).not.toContain(id);
    expect(ids((await anna.get('/api/v1/trajecten?paginagrootte=100').expect(200)).body)).not.toContain(id);
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM journaal_notities WHERE traject_id = $1', [id]);
    expect(n).toBe(1); // kept, not destroyed

    await intake.beperk(inwonerId, false);
    await beperkt(inwonerId, false);
    await anna.get(pad).expect(200);
    await anna.post(`${pad}/stappen`, { stap: 'begeleiden', toelichting: 'verder' }).expect(200);
  });

  it('lets follow-ups wait while restricted and fire once lifted; an older event arriving late changes nothing', async () => {
    const { id, inwonerId } = await d.vanAnna();
    const [o] = await t.query(`SELECT id FROM opvolgingen WHERE traject_id = $1 AND soort = 'contactmoment'`, [id]);
    await d.alsEigenaar(`UPDATE opvolgingen SET vervaldatum = now() - interval '1 day' WHERE id = $1`, [o.id]);
    const eerder = new Date(Date.now() - 60_000).toISOString();
    await intake.beperk(inwonerId, true);
    await beperkt(inwonerId, true);

    expect(await t.app.get(OpvolgingVuren).vuur(o.id)).toBe('beperkt');
    // Its BullMQ job comes due (as it would on its day) and runs: the moment stays gepland, the job is done.
    const wachtrij = t.app.get(OpvolgingWachtrij);
    await wachtrij.queue.remove(jobId(o.id));
    await wachtrij.zetKlaar([{ id: o.id, vervaldatum: new Date() }]);
    await eventually(async () => expect(await wachtrij.queue.getJob(jobId(o.id))).toBeUndefined());
    expect((await t.query('SELECT status FROM opvolgingen WHERE id = $1', [o.id]))[0].status).toBe('gepland');
    const gepland = await t.query(`SELECT id FROM opvolgingen WHERE status = 'gepland'`);
    expect(gepland.map((r: { id: string }) => r.id)).toContain(o.id);
    const aantal = await t.app.get(OpvolgingWorker).reconcile();
    expect(aantal).toBe(gepland.length - 2); // this traject's contact moment and stalled reminder wait

    await intake.beperk(inwonerId, false);
    await beperkt(inwonerId, false);
    await intake.beperk(inwonerId, true, eerder); // set before the lifting, delivered after it
    await eventually(async () => {
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer LIKE '%verwerking-beperkt%'`);
      expect(n).toBeGreaterThanOrEqual(4);
    });
    await beperkt(inwonerId, false);
    await t.app.get(OpvolgingWorker).reconcile(); // what the timer does every OPVOLGING_RECONCILE_MS
    await eventually(async () =>
      expect((await t.query('SELECT status FROM opvolgingen WHERE id = $1', [o.id]))[0].status).toBe('open'),
    );
  });
});
