import { eventually } from '@wiz/platform/testing';
import type { DoelgroepCijfers, ProjectCijfers } from '../src/modules/monitor/domain/monitor-cijfers.type';
import { TrajectenTestApp } from './trajecten-test-app';
import { kalenderdag } from '@wiz/contracts';

/** The monitor's new figures (definition 2) and its streefwaarden, through the API on a database of its own. */
describe('the monitor: persons, doelgroepen, projects, afspraakbanen and streefwaarden', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const monitor = async (q = '') => (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor${q}`).expect(200)).body;
  const groep = (m: { perDoelgroep: DoelgroepCijfers[] }, g: string) => m.perDoelgroep.find((d) => d.doelgroep === g)!;
  const project = (m: { perProject: ProjectCijfers[] }, s: string) =>
    m.perProject.find((p) => p.soort === s) ?? { personenGestart: 0, personenBehaald: 0 };

  it('counts Kansrijk Opleiden as persons, with the activities beside, and per project', async () => {
    const c = await t.as('consulent', 'GM0014');
    const voor = await monitor();
    const tr = await t.nieuwTraject();
    for (const datum of ['2026-03-02', '2026-04-06']) {
      const { id } = (
        await c
          .post(`/api/v1/trajecten/${tr.id}/activiteiten`, { soort: 'kansrijk-opleiden', startdatum: '2026-02-02' })
          .expect(201)
      ).body;
      await c
        .post(`/api/v1/trajecten/${tr.id}/activiteiten/${id}/afronding`, { resultaat: 'behaald', datum })
        .expect(200);
    }
    const na = await monitor();
    expect(na.kansrijkOpleiden - voor.kansrijkOpleiden).toBe(1);
    expect(na.kansrijkOpleidenActiviteiten - voor.kansrijkOpleidenActiviteiten).toBe(2);
    expect(project(na, 'kansrijk-opleiden').personenGestart - project(voor, 'kansrijk-opleiden').personenGestart).toBe(
      1,
    );
    expect(project(na, 'kansrijk-opleiden').personenBehaald - project(voor, 'kansrijk-opleiden').personenBehaald).toBe(
      1,
    );
    expect(na.definitieVersie).toBe(2);
    // Per month: the person in March and in April, once in each.
    const maart = (await monitor('?van=2026-03-01&tot=2026-03-31')).perMaand.find(
      (m: { maand: string }) => m.maand === '2026-03',
    );
    expect(maart.kansrijkOpleiden).toBeGreaterThanOrEqual(1);
    expect((await monitor('?van=2026-04-01&tot=2026-04-30')).kansrijkOpleiden).toBeGreaterThanOrEqual(1);
  });

  it('breaks figures down per doelgroep: a person in several counts in each, a person without in onbekend', async () => {
    const c = await t.as('consulent', 'GM0014');
    const voor = await monitor();
    const jong = await t.nieuwTraject({ doelgroepen: ['jongeren', 'ww'] });
    const onbekend = await t.nieuwTraject({ doelgroepen: undefined }); // the example aanmelding names one
    for (const tr of [jong, onbekend])
      await c.post(`/api/v1/trajecten/${tr.id}/stappen`, { stap: 'begeleiden', toelichting: 'x' }).expect(200);
    await t.plaatsing(jong.id, jong.inwonerId);
    await eventually(async () => expect((await monitor()).plaatsingen).toBe(voor.plaatsingen + 1), 15_000);
    const na = await monitor();
    const delta = (g: string, k: Exclude<keyof DoelgroepCijfers, 'doelgroep'>) => groep(na, g)[k] - groep(voor, g)[k];
    for (const g of ['jongeren', 'ww'])
      expect([delta(g, 'inwonersEenStapVooruit'), delta(g, 'gestarteTrajecten'), delta(g, 'plaatsingen')]).toEqual([
        1, 1, 1,
      ]);
    expect([
      delta('onbekend', 'inwonersEenStapVooruit'),
      delta('onbekend', 'gestarteTrajecten'),
      delta('onbekend', 'plaatsingen'),
    ]).toEqual([1, 1, 0]);
    expect(delta('statushouders', 'gestarteTrajecten')).toBe(0);
  });

  it('keeps afspraakbanen as a running total from the seeded 3,001 at the end of 2020, in heads and 25.5-hour units', async () => {
    const voor = await monitor();
    expect(voor.afspraakbanen).toMatchObject({
      basisdatum: '2020-12-31',
      beginstand: 3001,
      banen: 3001,
      eenheden: 3001,
    }); // none placed yet here
    const tr = await t.nieuwTraject();
    await t.plaatsing(tr.id, tr.inwonerId, { afspraakbaan: true, urenPerWeek: 12.75, startdatum: '2026-05-04' });
    await t.plaatsing(tr.id, tr.inwonerId, { afspraakbaan: false, startdatum: '2026-05-04' });
    await eventually(
      async () => expect((await monitor()).afspraakbanen.banen).toBe(voor.afspraakbanen.banen + 1),
      15_000,
    );
    expect((await monitor()).afspraakbanen.eenheden).toBeCloseTo(voor.afspraakbanen.eenheden + 0.5, 2);
    expect((await monitor('?tot=2026-05-03')).afspraakbanen.banen).toBe(voor.afspraakbanen.banen); // not started yet on that day
    // A gemeente has no share of the region's starting balance: only its own placements.
    expect((await monitor('?gemeentecode=GM0014')).afspraakbanen).toMatchObject({ beginstand: 0, banen: 1 });
  });

  it('lets beheer set dated streefwaarden (history kept, who and when, published), shown beside the figures', async () => {
    const beheer = await t.as('beheer', 'WIZ');
    const { items: seeds } = (await beheer.get('/api/v1/streefwaarden').expect(200)).body;
    expect(seeds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sleutel: 'inwoners-een-stap-vooruit',
          doel: 20000,
          geldigVanaf: '2023-01-01',
          vastgesteldDoor: 'migratie',
        }),
        expect.objectContaining({
          sleutel: 'afspraakbanen',
          basisdatum: '2020-12-31',
          beginstand: 3001,
          beginstandEenheden: 3001,
        }),
      ]),
    );
    const gepubliceerd = async (id: string) =>
      (
        await t.query(
          `SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' LIKE '%streefwaarde-vastgesteld%' AND envelope->'data'->>'streefwaardeId' = $1`,
          [id],
        )
      )[0].n;
    for (const s of seeds) expect(await gepubliceerd(s.id)).toBe(1);

    const vandaag = kalenderdag(new Date());
    const nieuw = (
      await beheer
        .post('/api/v1/streefwaarden', { sleutel: 'inwoners-een-stap-vooruit', geldigVanaf: vandaag, doel: 21000 })
        .expect(201)
    ).body;
    expect(nieuw).toMatchObject({
      sleutel: 'inwoners-een-stap-vooruit',
      gemeentecode: null,
      doel: 21000,
      vastgesteldDoor: expect.any(String),
    });
    expect(await gepubliceerd(nieuw.id)).toBe(1);
    const ko = (
      await beheer
        .post('/api/v1/streefwaarden', {
          sleutel: 'kansrijk-opleiden',
          geldigVanaf: '2024-01-01',
          basisdatum: '2024-12-31',
          beginstand: 50,
        })
        .expect(201)
    ).body;
    const { items } = (await beheer.get('/api/v1/streefwaarden').expect(200)).body;
    expect(items.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([...seeds.map((s: { id: string }) => s.id), nieuw.id, ko.id]),
    );

    const nu = await monitor();
    expect(nu.doel).toBe(21000);
    expect((await monitor('?tot=2025-12-31')).doel).toBe(20000);
    expect(nu.streefwaarden.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([nieuw.id, ko.id]));
    const personen = (
      await t.query(
        `SELECT count(DISTINCT inwoner_id)::int AS n FROM monitor_activiteiten WHERE soort = 'kansrijk-opleiden' AND behaald IS NOT NULL`,
      )
    )[0].n;
    expect(nu.kansrijkOpleiden).toBe(personen + 50);
    expect((await monitor('?van=2025-01-01')).kansrijkOpleiden).toBe(personen); // the period starts after the basisdatum
    await expect(t.query(`UPDATE streefwaarden SET doel = 1 WHERE id = $1`, [nieuw.id])).rejects.toThrow(/append-only/);
  });

  it('keeps what beheer leaves out: a new afspraakbanen target keeps the balance it counts from, a new balance the target', async () => {
    const beheer = await t.as('beheer', 'WIZ');
    const vandaag = kalenderdag(new Date());
    const voor = (await monitor()).afspraakbanen;
    const doel = (
      await beheer
        .post('/api/v1/streefwaarden', { sleutel: 'afspraakbanen', geldigVanaf: vandaag, doel: 3600 })
        .expect(201)
    ).body;
    expect(doel).toMatchObject({ doel: 3600, basisdatum: '2020-12-31', beginstand: 3001, beginstandEenheden: 3001 });
    const { basisdatum, banen, eenheden, beginstand } = voor;
    expect((await monitor()).afspraakbanen).toMatchObject({ basisdatum, banen, eenheden, beginstand, doel: 3600 });

    const stand = (
      await beheer
        .post('/api/v1/streefwaarden', {
          sleutel: 'afspraakbanen',
          geldigVanaf: vandaag,
          basisdatum: '2020-12-31',
          beginstand: 3010,
          beginstandEenheden: 3005.5,
        })
        .expect(201)
    ).body;
    expect(stand).toMatchObject({ doel: 3600, beginstand: 3010, beginstandEenheden: 3005.5 });
    expect((await monitor()).afspraakbanen).toMatchObject({ banen: banen + 9, beginstand: 3010, doel: 3600 });
  });

  it('refuses a malformed streefwaarde with 400 naming the field, and anyone but beheer', async () => {
    const beheer = await t.as('beheer', 'WIZ');
    const veld = async (body: object) => (await beheer.post('/api/v1/streefwaarden', body).expect(400)).body;
    expect(
      JSON.stringify(await veld({ sleutel: 'afspraakbanen', geldigVanaf: '2026-01-01', beginstand: 10 })),
    ).toContain('basisdatum');
    // A basisdatum without a beginstand would replace the balance in force with none.
    expect(
      (await veld({ sleutel: 'plaatsingen', geldigVanaf: '2026-01-01', basisdatum: '2025-12-31', doel: 5 })).errors,
    ).toEqual([expect.objectContaining({ field: 'beginstand' })]);
    // A balance of afspraakbanen in heads alone (or units alone) would count the other from 0.
    for (const balans of [{ beginstand: 3200 }, { beginstandEenheden: 3100 }])
      expect(
        (await veld({ sleutel: 'afspraakbanen', geldigVanaf: '2026-01-01', basisdatum: '2025-12-31', ...balans }))
          .errors,
      ).toEqual([expect.objectContaining({ field: 'beginstandEenheden' })]);
    expect(
      JSON.stringify(await veld({ sleutel: 'plaatsingen', geldigVanaf: '2026-01-01', doelEenheden: 10 })),
    ).toContain('sleutel');
    expect(JSON.stringify(await veld({ sleutel: 'plaatsingen', geldigVanaf: '2026-01-01' }))).toContain('doel');
    expect(JSON.stringify(await veld({ sleutel: 'onzin', geldigVanaf: '2026-01-01', doel: 1 }))).toContain('sleutel');
    await (
      await t.as('monitor', 'WIZ')
    )
      .post('/api/v1/streefwaarden', { sleutel: 'plaatsingen', geldigVanaf: '2026-01-01', doel: 1 })
      .expect(403);
    await (await t.as('consulent', 'GM0014')).get('/api/v1/streefwaarden').expect(403);
  });
});
