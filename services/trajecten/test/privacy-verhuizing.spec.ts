import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { intakeRechten, monitorKlopt } from './privacy-helpers';
import { VERHUIZING } from '../src/modules/trajecten/events/inwoner-verhuisd.handler';
import { kalenderdag } from '@wiz/contracts';

/** A move to another gemeente (issue 19): a warm handover is proposed, and counting follows from verhuisdOp on. */
describe('trajecten: inwoner-verhuisd', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const intake = intakeRechten(t);
  const dag = (n: number) => kalenderdag(new Date(Date.now() + n * 86_400_000));
  const vooruit = async (inwonerId: string) =>
    (await t.query('SELECT gemeentecode FROM monitor_vooruit WHERE inwoner_id = $1', [inwonerId]))[0]?.gemeentecode;

  it('proposes the active traject to the new gemeente, which accepts it like any handover', async () => {
    const { id, inwonerId } = await t.nieuwTraject({ organisatie: 'GM0014', gemeentecode: 'GM0014' });
    await intake.verhuis(inwonerId, 'GM0014', 'GM0034');
    const assen = await t.as('consulent', 'GM0034');
    const voorstel = await eventually(async () => {
      const items = (await assen.get('/api/v1/overdrachten?status=voorgesteld').expect(200)).body.items;
      const gevonden = items.find((o: { trajectId: string }) => o.trajectId === id);
      expect(gevonden).toMatchObject({ vanOrganisatie: 'GM0014', toelichting: expect.stringContaining('GM0034') });
      return gevonden;
    });
    const [rij] = await t.query(
      'SELECT voorgesteld_door, gemeentecode FROM overdrachten o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1',
      [voorstel.id],
    );
    expect(rij).toEqual({ voorgesteld_door: VERHUIZING, gemeentecode: 'GM0034' });
    await assen.post(`/api/v1/overdrachten/${voorstel.id}/acceptatie`).expect(200);
    expect((await assen.get(`/api/v1/trajecten/${id}`).expect(200)).body.organisatie).toBe('GM0034');
    await (await t.as('consulent', 'GM0014')).get(`/api/v1/trajecten/${id}`).expect(404);

    // Redelivered or moved again to where it is held now: no second proposal.
    await intake.verhuis(inwonerId, 'GM0014', 'GM0034');
    await eventually(async () => {
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer LIKE '%inwoner-verhuisd%'`);
      expect(n).toBeGreaterThanOrEqual(2);
    });
    expect(await t.query('SELECT id FROM overdrachten WHERE traject_id = $1', [id])).toHaveLength(1);
  });

  it('counts a step forward before the move for the old gemeente and one after it for the new; reports stay', async () => {
    const monitor = await t.as('monitor', 'WIZ');
    // Started before its placement: only a placement inside the traject counts.
    const oud = await t.nieuwTraject({ gemeentecode: 'GM0014', aangemeldOp: `${dag(-7)}T09:00:00Z` });
    await t.plaatsing(oud.id, oud.inwonerId, { startdatum: dag(-3) });
    await eventually(async () => expect(await vooruit(oud.inwonerId)).toBe('GM0014'));
    const groningen = (await monitor.get('/api/v1/monitor?gemeentecode=GM0014').expect(200)).body;
    await intake.verhuis(oud.inwonerId, 'GM0014', 'GM0034', `${dag(-1)}T10:00:00Z`);
    await eventually(async () =>
      expect((await t.query('SELECT gemeentecode FROM trajecten WHERE id = $1', [oud.id]))[0].gemeentecode).toBe(
        'GM0034',
      ),
    );
    expect(await vooruit(oud.inwonerId)).toBe('GM0014');
    expect((await monitor.get('/api/v1/monitor?gemeentecode=GM0014').expect(200)).body).toEqual(groningen);

    const nieuw = await t.nieuwTraject({ gemeentecode: 'GM0014' });
    await intake.verhuis(nieuw.inwonerId, 'GM0014', 'GM0034', `${dag(-2)}T10:00:00Z`);
    await eventually(async () =>
      expect((await t.query('SELECT gemeentecode FROM trajecten WHERE id = $1', [nieuw.id]))[0].gemeentecode).toBe(
        'GM0034',
      ),
    );
    await t.plaatsing(nieuw.id, nieuw.inwonerId, { startdatum: dag(0) });
    await eventually(async () => expect(await vooruit(nieuw.inwonerId)).toBe('GM0034'));

    // Counted before the move was known, but dated after verhuisdOp: it moves to the new gemeente.
    const laat = await t.nieuwTraject({ gemeentecode: 'GM0014' });
    await t.plaatsing(laat.id, laat.inwonerId, { startdatum: dag(0) });
    await eventually(async () => expect(await vooruit(laat.inwonerId)).toBe('GM0014'));
    await intake.verhuis(laat.inwonerId, 'GM0014', 'GM0034', `${dag(-1)}T10:00:00Z`);
    await eventually(async () => expect(await vooruit(laat.inwonerId)).toBe('GM0034'));
    await monitorKlopt(t);
  });

  it('counts a fact dated before a move that arrives after it for the gemeente the person lived in on its day', async () => {
    const tr = await t.nieuwTraject({ gemeentecode: 'GM0014', aangemeldOp: `${dag(-30)}T09:00:00Z` });
    await intake.verhuis(tr.inwonerId, 'GM0014', 'GM0034', `${dag(-10)}T10:00:00Z`);
    await eventually(async () =>
      expect((await t.query('SELECT gemeentecode FROM trajecten WHERE id = $1', [tr.id]))[0].gemeentecode).toBe(
        'GM0034',
      ),
    );
    // The placement started before the move and is registered after it.
    const p = await t.plaatsing(tr.id, tr.inwonerId, { startdatum: dag(-20) });
    await eventually(async () => expect(await vooruit(tr.inwonerId)).toBe('GM0014'));
    expect(
      await t.query('SELECT gemeentecode FROM monitor_feiten WHERE bron = $1', [`plaatsing:${p.data.plaatsingId}`]),
    ).toEqual([{ gemeentecode: 'GM0014' }]);
    // One dated after the move counts for the new gemeente.
    const q = await t.plaatsing(tr.id, tr.inwonerId, { startdatum: dag(-5) });
    await eventually(async () =>
      expect(
        await t.query('SELECT gemeentecode FROM monitor_feiten WHERE bron = $1', [`plaatsing:${q.data.plaatsingId}`]),
      ).toEqual([{ gemeentecode: 'GM0034' }]),
    );
    await monitorKlopt(t);
  });
});
