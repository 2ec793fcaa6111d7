import { eventually, readToEnd } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { kalenderdag } from '@wiz/contracts';

describe('the 20.000 monitor', () => {
  const t = new TrajectenTestApp({ DUURZAAMHEIDSCHECK_NA: 'PT1S' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const vandaag = kalenderdag(new Date());
  const monitor = async (query = '') =>
    (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor${query}`).expect(200)).body;

  it('counts a person once however many steps forward, credits the step that brought it, and filters by gemeente and period', async () => {
    const c = await t.as('consulent', 'GM0014');
    const before = await monitor('?gemeentecode=GM0014');

    // Anne: three moves forward and a behaald Kansrijk Opleiden: one inwoner, credited to oriënteren (her first).
    const anne = await t.nieuwTraject({ stap: 'orienteren' });
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'ontwikkelen', toelichting: 'x' }).expect(200);
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'scholen', toelichting: 'x' }).expect(200);
    const { id: ko } = (
      await c
        .post(`/api/v1/trajecten/${anne.id}/activiteiten`, { soort: 'kansrijk-opleiden', startdatum: vandaag })
        .expect(201)
    ).body;
    await c
      .post(`/api/v1/trajecten/${anne.id}/activiteiten/${ko}/afronding`, { resultaat: 'behaald', datum: vandaag })
      .expect(200);
    await c.post(`/api/v1/trajecten/${anne.id}/stappen`, { stap: 'matchen', toelichting: 'x' }).expect(200);

    // Bram: only a move back and a failed activity: not a step forward.
    const bram = await t.nieuwTraject({ stap: 'scholen' });
    await c.post(`/api/v1/trajecten/${bram.id}/stappen`, { stap: 'begeleiden', toelichting: 'terug' }).expect(200);
    const { id: act } = (
      await c.post(`/api/v1/trajecten/${bram.id}/activiteiten`, { soort: 'taal', startdatum: vandaag }).expect(201)
    ).body;
    await c
      .post(`/api/v1/trajecten/${bram.id}/activiteiten/${act}/afronding`, { resultaat: 'niet-behaald', datum: vandaag })
      .expect(200);

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
    await (
      await t.as('consulent', 'GM0114')
    )
      .post(`/api/v1/trajecten/${dirk.id}/stappen`, { stap: 'ontwikkelen', toelichting: 'x' })
      .expect(200);

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
    expect(Object.values(after.perStap as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      after.inwonersEenStapVooruit,
    );

    const all = await monitor();
    expect(all.inwonersEenStapVooruit).toBe(
      after.inwonersEenStapVooruit + (await monitor('?gemeentecode=GM0114')).inwonersEenStapVooruit,
    );
    expect((await monitor(`?van=2000-01-01&tot=2000-12-31`)).inwonersEenStapVooruit).toBe(0);
    expect((await monitor(`?van=${vandaag}&tot=${vandaag}&gemeentecode=GM0014`)).inwonersEenStapVooruit).toBe(
      after.inwonersEenStapVooruit,
    );
    expect(all.perMaand.at(-1)).toMatchObject({
      maand: vandaag.slice(0, 7),
      inwonersEenStapVooruit: all.inwonersEenStapVooruit,
    });
  });

  it('gives the same figures per gemeente, which add up to the whole region', async () => {
    const c = await t.as('consulent', 'GM0114');
    const traject = await t.nieuwTraject({ organisatie: 'GM0114', gemeentecode: 'GM0114', stap: 'orienteren' });
    await c.post(`/api/v1/trajecten/${traject.id}/stappen`, { stap: 'begeleiden', toelichting: 'x' }).expect(200);
    const { items } = (await (await t.as('monitor', 'WIZ')).get('/api/v1/monitor/gemeenten').expect(200)).body;
    const regio = await monitor();
    const gm0114 = await monitor('?gemeentecode=GM0114');
    expect(items.find((g: { gemeentecode: string }) => g.gemeentecode === 'GM0114')).toMatchObject({
      inwonersEenStapVooruit: gm0114.inwonersEenStapVooruit,
      gestarteTrajecten: gm0114.gestarteTrajecten,
      perStap: gm0114.perStap,
    });
    const som = (k: string) => items.reduce((n: number, g: Record<string, number>) => n + g[k], 0);
    for (const k of [
      'inwonersEenStapVooruit',
      'gestarteTrajecten',
      'kansrijkOpleiden',
      'plaatsingen',
      'duurzamePlaatsingen',
    ])
      expect(som(k)).toBe(regio[k]);
  });

  it('streams monitor-bijgewerkt to a dashboard when a step forward is counted, and nothing when no counter changes', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const token = await t.run.token({ role: 'monitor', organisatie: 'WIZ' });
    const controller = new AbortController();
    const res = await fetch(`${await t.app.getUrl()}/api/v1/monitor/gebeurtenissen`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/);
    const reader = res.body!.getReader();
    let ontvangen = '';
    const lees = async (tot: RegExp, ms: number) => {
      const deadline = Date.now() + ms;
      while (!tot.test(ontvangen) && Date.now() < deadline) {
        const chunk = await Promise.race([
          reader.read(),
          new Promise<undefined>((r) => setTimeout(r, deadline - Date.now())),
        ]);
        if (chunk?.value) ontvangen += new TextDecoder().decode(chunk.value);
      }
      return tot.test(ontvangen);
    };
    expect(await lees(/event: verbonden/, 5_000)).toBe(true);

    // A traject that only starts does not move anyone forward: the counter of started trajecten changes, though.
    const traject = await t.nieuwTraject({ stap: 'orienteren' });
    expect(await lees(/event: monitor-bijgewerkt/, 5_000)).toBe(true);
    ontvangen = '';
    await (
      await t.as('consulent', 'GM0014')
    )
      .post(`/api/v1/trajecten/${traject.id}/stappen`, { stap: 'begeleiden', toelichting: 'x' })
      .expect(200);
    expect(await lees(/event: monitor-bijgewerkt/, 5_000)).toBe(true);
    ontvangen = '';
    // Back a step is not a step forward: no counter changes, so no event.
    await (
      await t.as('consulent', 'GM0014')
    )
      .post(`/api/v1/trajecten/${traject.id}/stappen`, { stap: 'orienteren', toelichting: 'terug' })
      .expect(200);
    expect(await lees(/event: monitor-bijgewerkt/, 2_500)).toBe(false);
    controller.abort();
  });

  it('ends a dashboard’s event stream when its token expires, so a stream never outlives its token', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 }).catch(() => undefined); // listening already after the test above
    const kortlevend = await t.run.token({ role: 'monitor', organisatie: 'WIZ', expiresIn: '3s' });
    const res = await fetch(`${await t.app.getUrl()}/api/v1/monitor/gebeurtenissen`, {
      headers: { Authorization: `Bearer ${kortlevend}` },
    });
    expect(res.status).toBe(200);
    // Without an end at `exp` the stream stays open (a heartbeat every 15 s) until readToEnd's guard cuts it off.
    const { text, ended } = await readToEnd(res);
    expect(text).toContain('event: verbonden');
    expect(ended).toBe(true);
  });

  it('refuses a bad period or gemeentecode, and other roles', async () => {
    const m = await t.as('monitor', 'WIZ');
    expect((await m.get('/api/v1/monitor?van=2026-05-01&tot=2026-04-01').expect(400)).body.errors[0].field).toBe('tot');
    await m.get('/api/v1/monitor?gemeentecode=Groningen').expect(400);
    await (await t.as('frontoffice')).get('/api/v1/monitor').expect(403);
    await (await t.as('frontoffice')).get('/api/v1/monitor/gemeenten').expect(403);
    await m.get('/api/v1/monitor/gemeenten?van=2026-05-01&tot=2026-04-01').expect(400);
  });
});
