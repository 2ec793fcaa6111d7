import { kalenderdag, plusDagen } from '@wiz/contracts';
import { TrajectenTestApp } from './trajecten-test-app';

/**
 * Working hours outside a placement (POST /trajecten/{id}/werkuren): "someone already working gets more hours per
 * week" is een stap vooruit (domain.md, "Monitor counting, completed"), also for an employee at risk or a zzp'er whom
 * no placement covers.
 */
describe('working hours outside a placement', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const vandaag = kalenderdag(new Date());
  const dagenGeleden = (n: number) => plusDagen(vandaag, -n);
  const monitor = async (query: string) =>
    (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor?gemeentecode=GM0014${query}`).expect(200)).body
      .inwonersEenStapVooruit as number;
  const werkendeSinds = (dagen: number) =>
    t.nieuwTraject({ stap: 'begeleiden', aangemeldOp: new Date(Date.now() - dagen * 86_400_000).toISOString() });
  const aantalRijen = async () => (await t.query('SELECT count(*)::int AS n FROM werkuren'))[0].n as number;

  it('counts more hours once, on their ingangsdatum, and fewer hours not at all', async () => {
    const c = await t.as('consulent', 'GM0014');
    const ervoor = await monitor('');
    const eva = await werkendeSinds(30);
    const rise = await c
      .post(`/api/v1/trajecten/${eva.id}/werkuren`, {
        urenPerWeek: 24,
        vorigeUrenPerWeek: 16,
        ingangsdatum: dagenGeleden(10),
      })
      .expect(201);
    expect(rise.body).toMatchObject({
      urenPerWeek: 24,
      vorigeUrenPerWeek: 16,
      stapVooruit: true,
      versie: eva.versie + 1,
    });
    expect(rise.headers.etag).toBe(`"${eva.versie + 1}"`);
    // A second rise later is the same person: counted once.
    await c.post(`/api/v1/trajecten/${eva.id}/werkuren`, { urenPerWeek: 32, ingangsdatum: vandaag }).expect(201);

    const frank = await werkendeSinds(30);
    const minder = await c
      .post(`/api/v1/trajecten/${frank.id}/werkuren`, { urenPerWeek: 12, vorigeUrenPerWeek: 20, ingangsdatum: vandaag })
      .expect(201);
    expect(minder.body.stapVooruit).toBe(false);

    expect((await monitor('')) - ervoor).toBe(1);
    expect(await monitor(`&van=${dagenGeleden(10)}&tot=${dagenGeleden(10)}`)).toBe(1);
    expect(await monitor(`&van=${dagenGeleden(9)}&tot=${vandaag}`)).toBe(0);

    const traject = (await c.get(`/api/v1/trajecten/${eva.id}`).expect(200)).body;
    expect(traject.werkuren).toEqual([
      { id: rise.body.id, ingangsdatum: dagenGeleden(10), urenPerWeek: 24, vorigeUrenPerWeek: 16 },
      { id: expect.any(String), ingangsdatum: vandaag, urenPerWeek: 32, vorigeUrenPerWeek: 24 },
    ]);
    // The inwoner sees them in their own export (AVG art. 15).
    const inwoner = await t.asInwoner(eva.inwonerId);
    const exportRes = await inwoner.get('/api/v1/mijn/gegevens-export').expect(200);
    const trajecten = exportRes.body.onderdelen.find((o: { soort: string }) => o.soort === 'trajecten').gegevens;
    expect(trajecten[0].werkuren).toEqual([
      expect.objectContaining({ ingangsdatum: dagenGeleden(10), urenPerWeek: 24, vorigeUrenPerWeek: 16 }),
      expect.objectContaining({ ingangsdatum: vandaag, urenPerWeek: 32, vorigeUrenPerWeek: 24 }),
    ]);
  });

  it('takes the hours before from what the traject records, and refuses what is no change inside it', async () => {
    const c = await t.as('consulent', 'GM0014');
    const gijs = await werkendeSinds(20);
    const pad = `/api/v1/trajecten/${gijs.id}/werkuren`;
    const geweigerd = async (body: object, veld: string) => {
      const res = await c.post(pad, body).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].field).toBe(veld);
    };
    const rijen = await aantalRijen();

    // The first change names the hours before it: nothing recorded yet.
    await geweigerd({ urenPerWeek: 20, ingangsdatum: vandaag }, 'vorigeUrenPerWeek');
    await geweigerd({ urenPerWeek: 20, vorigeUrenPerWeek: 16, ingangsdatum: plusDagen(vandaag, 1) }, 'ingangsdatum');
    await geweigerd({ urenPerWeek: 20, vorigeUrenPerWeek: 16, ingangsdatum: dagenGeleden(21) }, 'ingangsdatum');
    await geweigerd({ urenPerWeek: 20, vorigeUrenPerWeek: 20, ingangsdatum: vandaag }, 'urenPerWeek');
    await geweigerd({ urenPerWeek: 61, vorigeUrenPerWeek: 16, ingangsdatum: vandaag }, 'urenPerWeek');
    await geweigerd({ urenPerWeek: 20.25, vorigeUrenPerWeek: 16, ingangsdatum: vandaag }, 'urenPerWeek');
    await geweigerd({ urenPerWeek: 20, vorigeUrenPerWeek: 0, ingangsdatum: vandaag }, 'vorigeUrenPerWeek');
    expect(await aantalRijen()).toBe(rijen);

    await c.post(pad, { urenPerWeek: 20, vorigeUrenPerWeek: 16, ingangsdatum: dagenGeleden(5) }).expect(201);
    // From now on the hours before a change are those of the newest: repeated, or left out, never contradicted.
    await geweigerd({ urenPerWeek: 28, vorigeUrenPerWeek: 16, ingangsdatum: vandaag }, 'vorigeUrenPerWeek');
    expect((await c.post(pad, { urenPerWeek: 28, ingangsdatum: vandaag }).expect(201)).body.vorigeUrenPerWeek).toBe(20);
    // Changes go in the order they apply: none before the newest.
    await geweigerd({ urenPerWeek: 24, ingangsdatum: dagenGeleden(1) }, 'ingangsdatum');
    await geweigerd({ urenPerWeek: 28, ingangsdatum: vandaag }, 'urenPerWeek');

    await c.post(`/api/v1/trajecten/${gijs.id}/afsluiting`, { reden: 'werk', datum: vandaag }).expect(200);
    await c.post(pad, { urenPerWeek: 32, ingangsdatum: vandaag }).expect(409);
    expect(await aantalRijen()).toBe(rijen + 2);
  });
});
