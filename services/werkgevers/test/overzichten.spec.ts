import { kalenderdag } from '@wiz/contracts';
import { WerkgeversTestApp } from './werkgevers-test-app';

/** The lists the portaal's employer-team screens read: employers by search, a vacancy, placements, SROI progress. */
describe('werkgevers: overzichten', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 20_000_000;
  const team = () => t.as('werkgeversteam');
  const nieuweWerkgever = async (naam: string) =>
    (
      await (
        await team()
      )
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam, gemeentecode: 'GM0014', sbiCode: '8710' })
        .expect(201)
    ).body.id as string;

  it('finds employers by part of the name or KvK number, taking % and _ literally', async () => {
    const wt = await team();
    const zorg = await nieuweWerkgever('Zorggroep 100% Noord');
    await nieuweWerkgever('Bouwbedrijf Zuid');
    const namen = async (zoek: string) =>
      (await wt.get('/api/v1/werkgevers').query({ zoek }).expect(200)).body.items.map((w: { naam: string }) => w.naam);
    expect(await namen('zorggroep')).toEqual(['Zorggroep 100% Noord']);
    expect(await namen('100%')).toEqual(['Zorggroep 100% Noord']);
    expect(await namen('0%N')).toEqual([]);
    expect(await namen('_')).toEqual([]);
    expect(
      (
        await wt
          .get('/api/v1/werkgevers')
          .query({ zoek: String(kvk - 1) })
          .expect(200)
      ).body.items.map((w: { id: string }) => w.id),
    ).toEqual([zorg]);
    expect((await wt.get('/api/v1/werkgevers').expect(200)).body.items.length).toBeGreaterThanOrEqual(2);
    expect((await wt.get('/api/v1/werkgevers').query({ zoek: 'a\u0000b' }).expect(400)).body.errors[0].field).toBe(
      'zoek',
    );
  });

  it('shows a vacancy with its employer, and offers the controlled lists with Dutch labels', async () => {
    const wt = await team();
    const werkgever = await nieuweWerkgever('Logistiek Hoogezand');
    const vacature = (
      await wt
        .post(`/api/v1/werkgevers/${werkgever}/vacatures`, {
          titel: 'Orderpicker',
          urenPerWeek: 32,
          aantal: 3,
          skills: ['orderpicken'],
          openHiring: true,
        })
        .expect(201)
    ).body.id;
    expect((await wt.get(`/api/v1/vacatures/${vacature}`).expect(200)).body).toEqual({
      id: vacature,
      werkgeverId: werkgever,
      werkgeverNaam: 'Logistiek Hoogezand',
      titel: 'Orderpicker',
      urenPerWeek: 32,
      aantal: 3,
      skills: ['orderpicken'],
      skillsIngevoerd: ['orderpicken'],
      openHiring: true,
      cvLoos: false,
      geschiktVoorAfspraakbaan: false,
      status: 'open',
      statusReden: null,
      vervuld: 0,
    });
    await wt.get('/api/v1/vacatures/00000000-0000-4000-8000-000000000000').expect(404);
    const lijsten = (await (await t.as('consulent')).get('/api/v1/keuzelijsten').expect(200)).body;
    expect(lijsten.skills).toContainEqual({ waarde: 'heftruck', tekst: 'Heftruck (certificaat)' });
    expect(lijsten.sroiDoelgroepen.map((d: { waarde: string }) => d.waarde)).toEqual([
      'participatiewet-kort',
      'participatiewet-lang',
      'doelgroepregister',
      'ww',
      'geen-uitkering',
    ]);
  });

  it('lists placements of an employer newest first, paged, and SROI obligations with their progress', async () => {
    const wt = await team();
    const werkgever = await nieuweWerkgever('Wegenbouw Delfzijl');
    const ander = await nieuweWerkgever('Ander bedrijf');
    const vacature = (
      await wt
        .post(`/api/v1/werkgevers/${werkgever}/vacatures`, {
          titel: 'Grondwerker',
          urenPerWeek: 36,
          aantal: 2,
          skills: ['grondwerk'],
        })
        .expect(201)
    ).body.id;
    const sroi = (
      await wt
        .post('/api/v1/sroi-verplichtingen', {
          werkgeverId: werkgever,
          opdracht: 'Onderhoud wegen',
          opdrachtwaardeCenten: 100_000_000,
          percentage: 5,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    await wt
      .post('/api/v1/sroi-verplichtingen', {
        werkgeverId: ander,
        opdracht: 'Anders',
        opdrachtwaardeCenten: 1_000_000,
        percentage: 5,
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
      })
      .expect(201);
    const a = await t.traject('matchen');
    const b = await t.traject('matchen');
    await wt
      .post('/api/v1/plaatsingen', {
        trajectId: a.trajectId,
        werkgeverId: werkgever,
        vacatureId: vacature,
        startdatum: '2026-01-01',
        urenPerWeek: 36,
        contractvorm: 'vast',
        afspraakbaan: true,
        sroiVerplichtingId: sroi,
        sroiDoelgroep: 'participatiewet-kort',
      })
      .expect(201);
    await wt
      .post('/api/v1/plaatsingen', {
        trajectId: b.trajectId,
        werkgeverId: werkgever,
        startdatum: '2026-02-01',
        urenPerWeek: 20,
        contractvorm: 'tijdelijk',
      })
      .expect(201);
    await wt
      .post('/api/v1/plaatsingen', {
        trajectId: b.trajectId,
        werkgeverId: ander,
        startdatum: '2026-03-01',
        urenPerWeek: 20,
        contractvorm: 'uitzend',
      })
      .expect(201);

    const lijst = (await wt.get('/api/v1/plaatsingen').query({ werkgeverId: werkgever }).expect(200)).body;
    expect(lijst).toMatchObject({ pagina: 1, paginagrootte: 50, totaal: 2 });
    expect(lijst.items.map((p: { trajectId: string }) => p.trajectId)).toEqual([b.trajectId, a.trajectId]);
    expect(lijst.items[1]).toMatchObject({
      werkgeverNaam: 'Wegenbouw Delfzijl',
      vacatureId: vacature,
      vacatureTitel: 'Grondwerker',
      startdatum: '2026-01-01',
      urenPerWeek: 36,
      contractvorm: 'vast',
      afspraakbaan: true,
      sroiVerplichtingId: sroi,
      einddatum: null,
    });
    const tweede = (
      await wt.get('/api/v1/plaatsingen').query({ werkgeverId: werkgever, pagina: 2, paginagrootte: 1 }).expect(200)
    ).body;
    expect(tweede.items.map((p: { trajectId: string }) => p.trajectId)).toEqual([a.trajectId]);
    expect((await wt.get('/api/v1/plaatsingen').query({ vacatureId: vacature }).expect(200)).body.totaal).toBe(1);
    expect((await wt.get('/api/v1/plaatsingen').query({ paginagrootte: 201 }).expect(400)).body.errors[0].field).toBe(
      'paginagrootte',
    );

    const peildatum = '2026-12-31';
    const verplichtingen = (
      await wt.get('/api/v1/sroi-verplichtingen').query({ werkgeverId: werkgever, peildatum }).expect(200)
    ).body.items;
    expect(verplichtingen).toEqual([
      expect.objectContaining({
        id: sroi,
        werkgeverNaam: 'Wegenbouw Delfzijl',
        opdracht: 'Onderhoud wegen',
        voortgang: {
          doelCenten: 5_000_000,
          peildatum,
          gerealiseerdCenten: 3_000_000,
          verwachtCenten: 3_000_000,
          percentageGerealiseerd: 60,
          aantalPlaatsingen: 1,
          doelgroepOnbevestigd: { aantalPlaatsingen: 0, gerealiseerdCenten: 0 },
        },
      }),
    ]);
    expect((await wt.get(`/api/v1/sroi-verplichtingen/${sroi}`).query({ peildatum }).expect(200)).body).toEqual(
      verplichtingen[0],
    );
    // Without a peildatum: realised up to today, the days the running placement has worked so far.
    const vandaag = kalenderdag(new Date());
    const tot = vandaag < peildatum ? vandaag : peildatum;
    const dagen = Math.max(0, (Date.parse(tot) - Date.parse('2026-01-01')) / 86_400_000 + 1);
    expect((await wt.get(`/api/v1/sroi-verplichtingen/${sroi}`).expect(200)).body.voortgang).toMatchObject({
      peildatum: vandaag,
      gerealiseerdCenten: Math.floor((3_000_000 * dagen) / 365),
      verwachtCenten: 3_000_000,
    });
    await wt.get(`/api/v1/sroi-verplichtingen/${sroi}`).query({ peildatum: '2026-02-30' }).expect(400);
    expect((await wt.get('/api/v1/sroi-verplichtingen').expect(200)).body.items.length).toBeGreaterThanOrEqual(2);
  });
});
