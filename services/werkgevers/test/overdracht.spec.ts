import { randomUUID } from 'node:crypto';
import { TrajectToegewezen } from '@wiz/contracts';
import { Metrics } from '@wiz/platform';
import { eventually, publishTestEvent } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * Issue 18, warme overdracht: when another organisation accepts a traject, trajecten announces traject-toegewezen
 * with the traject's version, and werkgevers' placement scoping follows at once. The receiving organisation reaches
 * the traject's placements as the traject's organisation, the handing one no longer does unless it placed the
 * person; a late, older assignment changes nothing, and a redelivered one is applied once.
 */
describe('werkgevers: placements follow a handover of their traject', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const [A, B, PLAATSER] = ['GM0014', 'leerwerkloket', 'wiz'];
  let kvk = 50_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  const team = (organisatie: string) => t.as('werkgeversteam', organisatie);
  const plaatsingDoor = async (organisatie: string, trajectId: string) => {
    const plaatser = await team(organisatie);
    const werkgeverId = (
      await plaatser
        .post('/api/v1/werkgevers', {
          kvkNummer: String(++kvk),
          naam: 'Bouwbedrijf Overdracht',
          gemeentecode: 'GM0014',
        })
        .expect(201)
    ).body.id;
    const body = { trajectId, werkgeverId, startdatum: '2026-03-01', urenPerWeek: 24, contractvorm: 'vast' };
    return (await plaatser.post('/api/v1/plaatsingen', body).expect(201)).body.id as string;
  };
  const ziet = async (organisatie: string, id: string) =>
    (await (await team(organisatie)).get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items.some(
      (p: { id: string }) => p.id === id,
    );
  const urenDoor = async (organisatie: string, id: string) =>
    (
      await (
        await team(organisatie)
      ).post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 20, ingangsdatum: '2026-04-01' })
    ).status;
  const organisatieVan = async (trajectId: string) =>
    (await t.query('SELECT organisatie FROM kandidaten WHERE traject_id = $1', [trajectId]))[0]?.organisatie;
  const verwerkt = async (outcome: string) =>
    (await t.app.get(Metrics).eventsConsumed.get()).values
      .filter((v) => v.labels.event === TrajectToegewezen.type && v.labels.outcome === outcome)
      .reduce((n, v) => n + v.value, 0);

  it('moves a placement from the handing to the receiving organisation; an older assignment arriving late changes nothing, a redelivered one applies once', async () => {
    const traject = await t.traject('matchen', A);
    const id = await plaatsingDoor(PLAATSER, traject.trajectId);
    expect([await ziet(A, id), await ziet(B, id)]).toEqual([true, false]);
    expect(await urenDoor(B, id)).toBe(404);

    const overdracht = await t.toegewezen(traject, B, 3);
    await eventually(async () => expect(await organisatieVan(traject.trajectId)).toBe(B));
    expect([await ziet(A, id), await ziet(B, id), await ziet(PLAATSER, id)]).toEqual([false, true, true]);
    expect(await urenDoor(A, id)).toBe(404);
    expect(await urenDoor(B, id)).toBe(201);

    const toegepast = await verwerkt('applied');
    await t.toegewezen(traject, A, 1, 'start');
    await eventually(async () => expect(await verwerkt('applied')).toBe(toegepast + 1));
    const dubbel = await verwerkt('duplicate');
    await publishTestEvent(t.nc, t.run, TrajectToegewezen, overdracht);
    await eventually(async () => expect(await verwerkt('duplicate')).toBe(dubbel + 1));
    expect(await organisatieVan(traject.trajectId)).toBe(B);
    expect([await ziet(A, id), await ziet(B, id)]).toEqual([false, true]);
  });

  it('keeps the placing organisation in reach after it handed the traject over', async () => {
    const traject = await t.traject('matchen', A);
    const id = await plaatsingDoor(A, traject.trajectId);
    await t.toegewezen(traject, B, 3);
    await eventually(async () => expect(await organisatieVan(traject.trajectId)).toBe(B));
    expect([await ziet(A, id), await ziet(B, id)]).toEqual([true, true]);
  });

  it('follows the handover for the candidate profile too: the receiving consulent sets it, the handing one gets 404', async () => {
    const traject = await t.traject('matchen', A);
    await t.toegewezen(traject, B, 3);
    await eventually(async () => expect(await organisatieVan(traject.trajectId)).toBe(B));
    const profiel = { skills: ['metselen'], vrijgegeven: true };
    const url = `/api/v1/kandidaten/${traject.trajectId}/profiel`;
    await (await t.as('consulent', A)).put(url, profiel).expect(404);
    await (await t.as('consulent', B)).put(url, profiel).expect(200);
  });

  it('keeps step and organisation versions apart: an older step change after a newer handover still applies', async () => {
    const traject = await t.traject('orienteren', A);
    await t.toegewezen(traject, B, 5);
    await eventually(async () => expect(await organisatieVan(traject.trajectId)).toBe(B));
    await t.stap(traject.trajectId, traject.inwonerId, 'orienteren', 'matchen', 4);
    await eventually(async () =>
      expect(
        await t.query('SELECT stap, organisatie FROM kandidaten WHERE traject_id = $1', [traject.trajectId]),
      ).toEqual([{ stap: 'matchen', organisatie: B }]),
    );
  });

  it('waits for traject-gestart when the assignment overtakes it, then applies it', async () => {
    const traject = { trajectId: randomUUID(), inwonerId: randomUUID() };
    const wachtend = await verwerkt('failed');
    await t.toegewezen(traject, B, 2);
    await eventually(async () => expect(await verwerkt('failed')).toBeGreaterThan(wachtend));
    await t.gestart(traject, A);
    await eventually(async () => expect(await organisatieVan(traject.trajectId)).toBe(B), 20_000);
  });
});
