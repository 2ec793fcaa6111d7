import { randomUUID } from 'node:crypto';
import { TrajectGestart } from '@wiz/contracts';
import request from 'supertest';
import {
  bewaartermijnRules,
  Cell,
  DEFAULT_ORGANISATIONS,
  describeAuthorizationMatrix,
  describeFuzz,
  ownersChange,
  platformRules,
  RuleTable,
  scoped,
  unscoped,
} from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * Werkgevers' authorization matrix and fuzz, after the scoping policy (src/modules/scoping.ts). Employers with their
 * contacts and vacancies, arrangements, SROI obligations and the rapportage are the region's: every employer team
 * reads them, so own and other organisation get the same answer; adding a contact or vacancy changes the employer,
 * which only its owner (or beheer) may: another organisation gets 403. A placement belongs to the traject's
 * organisation and the placing one: another gets 404 and does not find it in its list. A consulent releasing a
 * candidate profile: the traject belongs to its organisation, another gets 404. Every fixture is made by the own
 * organisation's employer team.
 */
describe('werkgevers: security', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 40_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  const team = () => t.as('werkgeversteam', DEFAULT_ORGANISATIONS.own);
  const nieuweWerkgever = async () =>
    (
      await (
        await team()
      )
        .post('/api/v1/werkgevers', {
          kvkNummer: String(++kvk),
          naam: 'Zorggroep Matrix',
          gemeentecode: 'GM0014',
          sbiCode: '8710',
        })
        .expect(201)
    ).body.id as string;
  const werkgever = (cell: Cell) => cell.shared('werkgever', nieuweWerkgever);
  const nieuweVacature = async (cell: Cell) =>
    (
      await (
        await team()
      )
        .post(`/api/v1/werkgevers/${await werkgever(cell)}/vacatures`, {
          titel: 'Helpende',
          urenPerWeek: 24,
          aantal: 2,
          skills: ['helpende-zorg-welzijn'],
        })
        .expect(201)
    ).body.id as string;
  const vacature = (cell: Cell) => cell.shared('vacature', () => nieuweVacature(cell));
  const arrangement = (cell: Cell) =>
    cell.shared(
      'arrangement',
      async () =>
        (
          await (
            await team()
          )
            .post('/api/v1/arrangementen', {
              naam: 'Kansrijk Opleiden zorg',
              soort: 'kansrijk-opleiden',
              werkgeverIds: [await werkgever(cell)],
              plaatsen: 10,
              startdatum: '2026-01-01',
              einddatum: '2026-12-31',
            })
            .expect(201)
        ).body.id as string,
    );
  const verplichting = (cell: Cell) =>
    cell.shared(
      'sroi',
      async () =>
        (
          await (
            await team()
          )
            .post('/api/v1/sroi-verplichtingen', {
              werkgeverId: await werkgever(cell),
              opdracht: 'Onderhoud wegen',
              opdrachtwaardeCenten: 100_000_000,
              percentage: 5,
              startdatum: '2026-01-01',
              einddatum: '2026-12-31',
            })
            .expect(201)
        ).body.id as string,
    );
  /** A traject of the own organisation in step Matchen, as trajecten announces it. */
  const traject = (cell: Cell) => t.traject('matchen', cell.organisations.own);
  const plaatsingBody = async (cell: Cell) => ({
    trajectId: (await traject(cell)).trajectId,
    werkgeverId: await werkgever(cell),
    startdatum: '2026-03-01',
    urenPerWeek: 28,
    contractvorm: 'vast',
  });
  const plaatsing = async (cell: Cell) =>
    (await (await team()).post('/api/v1/plaatsingen', await plaatsingBody(cell)).expect(201)).body.id as string;
  const regional = 'read by the region: the same answer whatever the caller’s organisation';
  const recorded =
    'any employer team records one (for every employer of the region); the caller’s organisation owns it';
  const ownerChanges =
    'adds to the employer’s record: its owner (or beheer) changes it, another organisation that reads it gets 403';
  const placementOwners =
    'a placement is read and changed by the traject’s organisation and the placing one (and beheer): another gets 404';
  /** The list answer holds the own organisation's fixture placement exactly when the caller may see it. */
  const toontPlaatsing = async (res: request.Response, cell: Cell) => {
    const id = await cell.shared('plaatsing', () => plaatsing(cell));
    const ziet = cell.side === 'own' || cell.role === 'beheer';
    expect(res.body.items.some((p: { id: string }) => p.id === id)).toBe(ziet);
  };

  const rules: RuleTable = {
    ...bewaartermijnRules(),
    // A replayed dead letter is applied by the consumer that gave up on it: a harmless TrajectGestart.
    ...platformRules({
      definition: TrajectGestart,
      data: () => ({
        trajectId: randomUUID(),
        inwonerId: randomUUID(),
        aanmeldingId: randomUUID(),
        organisatie: 'GM0014',
        gemeentecode: 'GM0014',
        stap: 'orienteren' as const,
        gestartOp: new Date().toISOString(),
      }),
    }),
    'POST /api/v1/werkgevers': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: recorded,
      request: () => ({
        body: {
          kvkNummer: String(++kvk),
          naam: 'Bouwbedrijf Matrix',
          gemeentecode: 'GM0034',
          strategischPartner: false,
        },
      }),
    },
    'GET /api/v1/werkgevers': { roles: ['werkgeversteam', 'beheer'], ...unscoped(200), why: regional },
    'GET /api/v1/werkgevers/:id': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await werkgever(cell) } }),
    },
    'POST /api/v1/werkgevers/:id/vacatures': {
      roles: ['werkgeversteam', 'beheer'],
      ...ownersChange(201),
      why: ownerChanges,
      request: async (cell) => ({
        params: { id: await werkgever(cell) },
        body: { titel: 'Magazijnmedewerker', urenPerWeek: 32, aantal: 1, skills: ['heftruck'], openHiring: true },
      }),
    },
    'POST /api/v1/werkgevers/:id/contactpersonen': {
      roles: ['werkgeversteam', 'beheer'],
      ...ownersChange(201),
      why: ownerChanges,
      request: async (cell) => ({
        params: { id: await werkgever(cell) },
        body: { naam: 'Jan Jansen', functie: 'HR', email: 'jan@example.nl' },
      }),
    },
    'POST /api/v1/arrangementen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: recorded,
      request: async (cell) => ({
        body: {
          naam: 'Werkfit',
          soort: 'werkfit',
          werkgeverIds: [await werkgever(cell)],
          plaatsen: 5,
          startdatum: '2026-01-01',
          einddatum: '2026-06-30',
        },
      }),
    },
    'GET /api/v1/arrangementen/:id': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await arrangement(cell) } }),
    },
    'GET /api/v1/vacatures': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ query: { werkgeverId: await werkgever(cell), status: 'open' } }),
    },
    'POST /api/v1/vacatures/:id/status': {
      roles: ['werkgeversteam', 'beheer'],
      ...ownersChange(200),
      why: `${ownerChanges}; every allowed cell withdraws another vacancy (the same status twice is 409)`,
      request: async (cell) => ({
        params: { id: cell.allowed ? await nieuweVacature(cell) : await vacature(cell) },
        body: { status: 'ingetrokken', reden: 'matrix' },
      }),
    },
    'GET /api/v1/arrangementen': { roles: ['werkgeversteam', 'beheer'], ...unscoped(200), why: regional },
    'GET /api/v1/vacatures/:id': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await vacature(cell) } }),
    },
    'GET /api/v1/keuzelijsten': {
      roles: ['werkgeversteam', 'consulent', 'beheer'],
      ...unscoped(200),
      why: 'the controlled lists hold no data of anyone: everyone who fills in a vacancy, placement or profile reads them',
    },
    'GET /api/v1/sroi-verplichtingen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ query: { werkgeverId: await werkgever(cell) } }),
    },
    'GET /api/v1/plaatsingen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${placementOwners}: the list answers, without the placements the caller may not see`,
      request: async (cell) => {
        await cell.shared('plaatsing', () => plaatsing(cell));
        return { query: { werkgeverId: await werkgever(cell) } };
      },
      verify: toontPlaatsing,
    },
    'POST /api/v1/sroi-verplichtingen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: recorded,
      request: async (cell) => ({
        body: {
          werkgeverId: await werkgever(cell),
          opdracht: 'Groenonderhoud',
          opdrachtwaardeCenten: 50_000_000,
          percentage: 2.5,
          startdatum: '2026-01-01',
          einddatum: '2027-12-31',
        },
      }),
    },
    'GET /api/v1/sroi-verplichtingen/:id': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await verplichting(cell) } }),
    },
    'POST /api/v1/plaatsingen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: `the werkgeversservicepunt places people of every organisation's trajecten in Matchen; every allowed cell places another traject`,
      request: async (cell) => ({
        body: cell.allowed ? await plaatsingBody(cell) : await cell.shared('plaatsing-body', () => plaatsingBody(cell)),
      }),
    },
    'POST /api/v1/plaatsingen/:id/beeindiging': {
      roles: ['werkgeversteam', 'beheer'],
      ...scoped(200),
      why: `${placementOwners}; every allowed cell ends another placement`,
      request: async (cell) => ({
        params: { id: cell.allowed ? await plaatsing(cell) : await cell.shared('plaatsing', () => plaatsing(cell)) },
        body: { einddatum: '2026-04-01', reden: 'proeftijd' },
      }),
    },
    'POST /api/v1/plaatsingen/:id/sroi-doelgroep': {
      roles: ['werkgeversteam', 'beheer'],
      ...scoped(200),
      why: `${placementOwners}; confirming again is allowed (the last confirmation counts, each audited)`,
      request: async (cell) => {
        const id = await cell.shared(
          'sroi-plaatsing',
          async () =>
            (
              await (
                await team()
              )
                .post('/api/v1/plaatsingen', {
                  ...(await plaatsingBody(cell)),
                  sroiVerplichtingId: await verplichting(cell),
                })
                .expect(201)
            ).body.id as string,
        );
        return { params: { id }, body: { sroiDoelgroep: 'ww' } };
      },
    },
    'POST /api/v1/plaatsingen/:id/uren': {
      roles: ['werkgeversteam', 'beheer'],
      ...scoped(201),
      why: `${placementOwners}; every allowed cell changes the hours of another placement`,
      request: async (cell) => ({
        params: { id: cell.allowed ? await plaatsing(cell) : await cell.shared('plaatsing', () => plaatsing(cell)) },
        body: { urenPerWeek: 32, ingangsdatum: '2026-06-01' },
      }),
    },
    'GET /api/v1/vacatures/:id/kandidaten': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${regional}; candidates are pseudonymous unless consented and released`,
      request: async (cell) => ({ params: { id: await vacature(cell) } }),
    },
    'GET /api/v1/mijn/vacatures': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only: every inwoner reads their own candidacy (none for a stranger)',
    },
    'PUT /api/v1/kandidaten/:trajectId/profiel': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      why: 'the traject belongs to its organisation: only its consulent (or beheer) releases the profile',
      request: async (cell) => ({
        params: { trajectId: (await cell.shared('kandidaat', () => traject(cell))).trajectId },
        body: { skills: ['helpende-zorg-welzijn', 'vca'], vrijgegeven: true },
      }),
    },
    'GET /api/v1/skills': {
      roles: ['beheer'],
      ...unscoped(200),
      why: 'the vocabulary with its synonyms is maintained by beheer; screens read codes and labels from keuzelijsten',
    },
    'POST /api/v1/skills': {
      roles: ['beheer'],
      ...unscoped(201),
      why: 'beheer extends the vocabulary for the whole region (audited); every allowed cell adds another code',
      request: () => {
        const code = `matrix-${randomUUID().slice(0, 8)}`;
        return { body: { code, label: `Vaardigheid ${code}` } };
      },
    },
    'POST /api/v1/skills/:code/synoniemen': {
      roles: ['beheer'],
      ...unscoped(201),
      why: 'beheer extends the vocabulary for the whole region (audited); every allowed cell adds another synonym',
      request: () => ({ params: { code: 'heftruck' }, body: { synoniem: `heftruck ${randomUUID().slice(0, 8)}` } }),
    },
    'GET /api/v1/rapportage': {
      roles: ['werkgeversteam', 'beheer', 'monitor'],
      ...unscoped(200),
      why: `${regional}: the region's figures, without persons; the monitor reads them beside its own`,
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
    'GET /api/v1/rapportage/export': {
      roles: ['werkgeversteam', 'beheer', 'monitor'],
      ...unscoped(200),
      why: `${regional}: the region's figures, without persons; the monitor reads them beside its own`,
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
  };

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);

  describe('scoping between organisations (pentest finding 9)', () => {
    const gm0014 = () => t.as('werkgeversteam', 'GM0014');
    const gm0106 = () => t.as('werkgeversteam', 'GM0106');
    const werkgeverVan = async (team: Awaited<ReturnType<typeof gm0014>>) =>
      (
        await team
          .post('/api/v1/werkgevers', {
            kvkNummer: String(++kvk),
            naam: 'Thuiszorg Stad',
            gemeentecode: 'GM0014',
            sbiCode: '8810',
          })
          .expect(201)
      ).body.id as string;

    it("refuses GM0106's employer team ending GM0014's placement (404), which stays open and unannounced", async () => {
      const eigen = await gm0014();
      const { trajectId } = await t.traject('matchen', 'GM0014');
      const id = (
        await eigen
          .post('/api/v1/plaatsingen', {
            trajectId,
            werkgeverId: await werkgeverVan(eigen),
            startdatum: '2026-03-01',
            urenPerWeek: 28,
            contractvorm: 'vast',
          })
          .expect(201)
      ).body.id;

      const aanval = await (
        await gm0106()
      ).post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-03-02', reden: 'proeftijd' });
      expect(aanval.status).toBe(404);
      expect((await t.query('SELECT einddatum FROM plaatsingen WHERE id = $1', [id]))[0].einddatum).toBeNull();
      expect(
        (
          await t.query(
            `SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' LIKE '%plaatsing-beeindigd%' AND envelope->'data'->>'plaatsingId' = $1`,
            [id],
          )
        )[0].n,
      ).toBe(0);
      expect(
        JSON.stringify((await (await gm0106()).get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body),
      ).not.toContain(id);

      await eigen
        .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-03-02', reden: 'proeftijd' })
        .expect(200);
    });

    it("lets the traject's organisation and the placing organisation both see and end a placement, nobody else", async () => {
      const plaatser = await t.as('werkgeversteam', 'wiz');
      const { trajectId } = await t.traject('matchen', 'GM0014');
      const id = (
        await plaatser
          .post('/api/v1/plaatsingen', {
            trajectId,
            werkgeverId: await werkgeverVan(plaatser),
            startdatum: '2026-04-01',
            urenPerWeek: 32,
            contractvorm: 'vast',
          })
          .expect(201)
      ).body.id;
      for (const team of [plaatser, await gm0014()])
        expect(
          (await team.get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items.map(
            (p: { id: string }) => p.id,
          ),
        ).toContain(id);
      expect(
        (await (await gm0106()).get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items.map(
          (p: { id: string }) => p.id,
        ),
      ).not.toContain(id);
      await (
        await gm0106()
      )
        .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-05-01', reden: 'x' })
        .expect(404);
      await (
        await gm0014()
      )
        .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-05-01', reden: 'einde contract' })
        .expect(200);
    });

    it("lets GM0106 read GM0014's employer but not add to it (403); beheer may", async () => {
      const werkgever = await werkgeverVan(await gm0014());
      const ander = await gm0106();
      await ander.get(`/api/v1/werkgevers/${werkgever}`).expect(200);
      await ander
        .post(`/api/v1/werkgevers/${werkgever}/vacatures`, { titel: 'Thuishulp', urenPerWeek: 20, aantal: 1 })
        .expect(403);
      await ander
        .post(`/api/v1/werkgevers/${werkgever}/contactpersonen`, { naam: 'Piet Aanvaller', email: 'piet@example.nl' })
        .expect(403);
      expect((await ander.get(`/api/v1/werkgevers/${werkgever}`).expect(200)).body).toMatchObject({
        vacatures: [],
        contactpersonen: [],
      });
      await (
        await t.as('beheer', 'wiz')
      )
        .post(`/api/v1/werkgevers/${werkgever}/vacatures`, { titel: 'Thuishulp', urenPerWeek: 20, aantal: 1 })
        .expect(201);
    });
  });
});
