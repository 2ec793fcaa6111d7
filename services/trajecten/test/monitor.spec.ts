import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';

describe('the 20.000 monitor', () => {
  const t = new TrajectenTestApp({ DUURZAAMHEIDSCHECK_NA: 'PT1S' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const vandaag = new Date().toISOString().slice(0, 10);
  const monitor = async (query = '') => (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor${query}`).expect(200)).body;

  it('counts a person once however many steps forward, credits the step that brought it, and filters by gemeente and period', async () => {
    const c = await t.as('consulent', 'GM0014');
    const before = await monitor('?gemeentecode=GM0014');

    // Anne: three moves forward and a behaald Kansrijk Opleiden: one inwoner, credited to oriënteren (her first).
    const anne = await t.nieuwTraject({ stap: 'orienteren' });
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'ontwikkelen', toelichting: 'x' }).expect(200);
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'scholen', toelichting: 'x' }).expect(200);
    const { id: ko } = (await c.post(`/api/v1/trajecten/${anne.id}/activiteiten`, { soort: 'kansrijk-opleiden', startdatum: vandaag }).expect(201)).body;
    await c.post(`/api/v1/trajecten/${anne.id}/activiteiten/${ko}/afronding`, { resultaat: 'behaald', datum: vandaag }).expect(200);
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'matchen', toelichting: 'x' }).expect(200);

    // Bram: only a move back and a failed activity: not a step forward.
    const bram = await t.nieuwTraject({ stap: 'scholen' });
    await c.post(`/api/v1/trajecten/${bram.id}/stappen`, { stap: 'begeleiden', toelichting: 'terug' }).expect(200);
    const { id: act } = (await c.post(`/api/v1/trajecten/${bram.id}/activiteiten`, { soort: 'taal', startdatum: vandaag }).expect(201)).body;
    await c.post(`/api/v1/trajecten/${bram.id}/activiteiten/${act}/afronding`, { resultaat: 'niet-behaald', datum: vandaag }).expect(200);

    // Cas: a rise on the ladder in matchen, then a placement that turns out duurzaam.
    const cas = await t.nieuwTraject({ stap: 'matchen', participatieladder: 3 });
    await c.post(`/api/v1/trajecten/${cas.id}/participatieladder`, { trede: 5 }).expect(200);
    const p = await t.plaatsing(cas.id, cas.inwonerId);
    const check = await eventually(async () => {
      const [o] = await t.query(`SELECT id, status FROM opvolgingen WHERE plaatsing_id = $1`, [p.data.plaatsingId]);
      expect(o?.status).toBe('open');
      return o;
    }, 15_000);
    await c.post(`/api/v1/opvolgingen/${check.id}/uitkomst`, { inDienst: true, urenPerWeek: 32 }).expect(200);

    // Dirk, in another gemeente: one step forward, only visible without the gemeente filter.
    const dirk = await t.nieuwTraject({ organisatie: 'GM0114', gemeentecode: 'GM0114', stap: 'begeleiden' });
    await (await t.as('consulent', 'GM0114')).post(`/api/v1/trajecten/${dirk.id}/stappen`, { stap: 'ontwikkelen', toelichting: 'x' }).expect(200);

    const after = await monitor('?gemeentecode=GM0014');
    const delta = (k: string) => after[k] - before[k];
    expect(delta('inwonersEenStapVooruit')).toBe(2); // Anne and Cas
    expect(delta('gestarteTrajecten')).toBe(3);
    expect(after.perStap.orienteren - before.perStap.orienteren).toBe(1);
    expect(after.perStap.matchen - before.perStap.matchen).toBe(1);
    expect(after.perStap.begeleiden - before.perStap.begeleiden).toBe(0);
    expect(delta('kansrijkOpleiden')).toBe(1);
    expect(delta('plaatsingen')).toBe(1);
    expect(delta('duurzamePlaatsingen')).toBe(1);
    expect(after.doel).toBe(20000);
    expect(Object.values(after.perStap as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(after.inwonersEenStapVooruit);

    const all = await monitor();
    expect(all.inwonersEenStapVooruit).toBe(after.inwonersEenStapVooruit + (await monitor('?gemeentecode=GM0114')).inwonersEenStapVooruit);
    expect((await monitor(`?van=2000-01-01&tot=2000-12-31`)).inwonersEenStapVooruit).toBe(0);
    expect((await monitor(`?van=${vandaag}&tot=${vandaag}&gemeentecode=GM0014`)).inwonersEenStapVooruit).toBe(after.inwonersEenStapVooruit);
    expect(all.perMaand.at(-1)).toMatchObject({ maand: vandaag.slice(0, 7), inwonersEenStapVooruit: all.inwonersEenStapVooruit });
  });

  it('refuses a bad period or gemeentecode, and other roles', async () => {
    const m = await t.as('monitor', 'WIZ');
    expect((await m.get('/api/v1/monitor?van=2026-05-01&tot=2026-04-01').expect(400)).body.errors[0].field).toBe('tot');
    await m.get('/api/v1/monitor?gemeentecode=Groningen').expect(400);
    await (await t.as('frontoffice')).get('/api/v1/monitor').expect(403);
  });
});
