import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';

/** What the portaal's consulent screens read beyond the contract: follow-up counts, step reasons, one follow-up. */
describe('trajecten: the consulent’s worklist, timeline and follow-up', () => {
  const t = new TrajectenTestApp({ DUURZAAMHEIDSCHECK_NA: 'PT1S', OPVOLGING_RECONCILE_MS: '500' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const openCheck = (plaatsingId: string) =>
    eventually(async () => {
      const [o] = await t.query(`SELECT id FROM opvolgingen WHERE plaatsing_id = $1 AND status = 'open'`, [
        plaatsingId,
      ]);
      expect(o).toBeDefined();
      return o.id as string;
    }, 15_000);

  it('counts the open follow-ups of each traject in the worklist', async () => {
    const org = 'GM0037';
    const metCheck = await t.nieuwTraject({ organisatie: org, gemeentecode: org });
    const zonder = await t.nieuwTraject({ organisatie: org, gemeentecode: org });
    await openCheck((await t.plaatsing(metCheck.id, metCheck.inwonerId)).data.plaatsingId);
    const items = (await (await t.as('consulent', org)).get('/api/v1/trajecten?status=actief').expect(200)).body.items;
    const per = Object.fromEntries(
      items.map((i: { id: string; openOpvolgingen: number }) => [i.id, i.openOpvolgingen]),
    );
    expect(per).toEqual({ [metCheck.id]: 1, [zonder.id]: 0 });
  });

  it('shows who moved the traject to which step and why', async () => {
    const c = await t.as('consulent');
    const { id } = await t.nieuwTraject();
    await c.post(`/api/v1/trajecten/${id}/stappen`, { stap: 'scholen', toelichting: 'start mbo-2 zorg' }).expect(200);
    const traject = (await c.get(`/api/v1/trajecten/${id}`).expect(200)).body;
    expect(traject.overgangen).toEqual([
      {
        van: 'orienteren',
        naar: 'scholen',
        door: 'dev-consulent',
        toelichting: 'start mbo-2 zorg',
        op: traject.stappen[1].van,
      },
    ]);
  });

  it('serves one follow-up with its outcome, and hides it from another organisation', async () => {
    const c = await t.as('consulent');
    const traject = await t.nieuwTraject();
    const plaatsing = await t.plaatsing(traject.id, traject.inwonerId);
    const id = await openCheck(plaatsing.data.plaatsingId);
    expect((await c.get(`/api/v1/opvolgingen/${id}`).expect(200)).body).toMatchObject({
      id,
      soort: 'duurzaamheidscheck',
      trajectId: traject.id,
      plaatsingId: plaatsing.data.plaatsingId,
      status: 'open',
    });
    await c.post(`/api/v1/opvolgingen/${id}/uitkomst`, { inDienst: true, urenPerWeek: 20 }).expect(200);
    expect((await c.get(`/api/v1/opvolgingen/${id}`).expect(200)).body).toMatchObject({
      status: 'afgehandeld',
      uitkomst: { inDienst: true, urenPerWeek: 20, duurzaam: false },
    });
    await (await t.as('consulent', 'GM0034')).get(`/api/v1/opvolgingen/${id}`).expect(404);
    await c.get('/api/v1/opvolgingen/geen-uuid').expect(400);
  });
});
