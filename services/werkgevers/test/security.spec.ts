import { Cell, describeAuthorizationMatrix, describeFuzz, platformRules, RuleTable, scoped, unscoped } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * Werkgevers' authorization matrix and fuzz. The employer team (werkgeversteam) is regional by design: employers,
 * vacancies, arrangements, SROI obligations, placements and the rapportage belong to the labour-market region, not
 * to one organisation, so own and other organisation get the same answer. The one organisation-scoped route is a
 * consulent releasing a candidate profile: the traject belongs to its organisation (`maySee`), another gets 404.
 */
describe('werkgevers: security', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 40_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  const team = () => t.as('werkgeversteam', 'WIZ');
  const nieuweWerkgever = async () =>
    (await (await team()).post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Zorggroep Matrix', gemeentecode: 'GM0014', sbiCode: '8710' }).expect(201)).body.id as string;
  const werkgever = (cell: Cell) => cell.shared('werkgever', nieuweWerkgever);
  const vacature = (cell: Cell) =>
    cell.shared('vacature', async () => (await (await team()).post(`/api/v1/werkgevers/${await werkgever(cell)}/vacatures`, { titel: 'Helpende', urenPerWeek: 24, aantal: 2, skills: ['helpende-zorg-welzijn'] }).expect(201)).body.id as string);
  const arrangement = (cell: Cell) =>
    cell.shared('arrangement', async () => (await (await team()).post('/api/v1/arrangementen', { naam: 'Kansrijk Opleiden zorg', soort: 'kansrijk-opleiden', werkgeverIds: [await werkgever(cell)], plaatsen: 10, startdatum: '2026-01-01', einddatum: '2026-12-31' }).expect(201)).body.id as string);
  const verplichting = (cell: Cell) =>
    cell.shared('sroi', async () => (await (await team()).post('/api/v1/sroi-verplichtingen', { werkgeverId: await werkgever(cell), opdracht: 'Onderhoud wegen', opdrachtwaardeCenten: 100_000_000, percentage: 5, startdatum: '2026-01-01', einddatum: '2026-12-31' }).expect(201)).body.id as string);
  /** A traject of the own organisation in step Matchen, as trajecten announces it. */
  const traject = (cell: Cell) => t.traject('matchen', cell.organisations.own);
  const plaatsingBody = async (cell: Cell) => ({ trajectId: (await traject(cell)).trajectId, werkgeverId: await werkgever(cell), startdatum: '2026-03-01', urenPerWeek: 28, contractvorm: 'vast' });
  const plaatsing = async (cell: Cell) => (await (await team()).post('/api/v1/plaatsingen', await plaatsingBody(cell)).expect(201)).body.id as string;
  const regional = 'the employer team is regional: the same answer whatever the caller’s organisation';

  const rules: RuleTable = {
    ...platformRules(),
    'POST /api/v1/werkgevers': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: () => ({ body: { kvkNummer: String(++kvk), naam: 'Bouwbedrijf Matrix', gemeentecode: 'GM0034', strategischPartner: false } }),
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
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({ params: { id: await werkgever(cell) }, body: { titel: 'Magazijnmedewerker', urenPerWeek: 32, aantal: 1, skills: ['heftruck'], openHiring: true } }),
    },
    'POST /api/v1/werkgevers/:id/contactpersonen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({ params: { id: await werkgever(cell) }, body: { naam: 'Jan Jansen', functie: 'HR', email: 'jan@example.nl' } }),
    },
    'POST /api/v1/arrangementen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({ body: { naam: 'Werkfit', soort: 'werkfit', werkgeverIds: [await werkgever(cell)], plaatsen: 5, startdatum: '2026-01-01', einddatum: '2026-06-30' } }),
    },
    'GET /api/v1/arrangementen/:id': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await arrangement(cell) } }),
    },
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
      why: regional,
      request: async (cell) => ({ query: { werkgeverId: await werkgever(cell) } }),
    },
    'POST /api/v1/sroi-verplichtingen': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({ body: { werkgeverId: await werkgever(cell), opdracht: 'Groenonderhoud', opdrachtwaardeCenten: 50_000_000, percentage: 2.5, startdatum: '2026-01-01', einddatum: '2027-12-31' } }),
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
      why: `${regional}; every allowed cell places another traject`,
      request: async (cell) => ({ body: cell.allowed ? await plaatsingBody(cell) : await cell.shared('plaatsing-body', () => plaatsingBody(cell)) }),
    },
    'POST /api/v1/plaatsingen/:id/beeindiging': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${regional}; every allowed cell ends another placement`,
      request: async (cell) => ({ params: { id: cell.allowed ? await plaatsing(cell) : await cell.shared('plaatsing', () => plaatsing(cell)) }, body: { einddatum: '2026-04-01', reden: 'proeftijd' } }),
    },
    'GET /api/v1/vacatures/:id/kandidaten': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${regional}; candidates are pseudonymous unless consented and released`,
      request: async (cell) => ({ params: { id: await vacature(cell) } }),
    },
    'PUT /api/v1/kandidaten/:trajectId/profiel': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      why: 'the traject belongs to its organisation: only its consulent (or beheer) releases the profile',
      request: async (cell) => ({ params: { trajectId: (await cell.shared('kandidaat', () => traject(cell))).trajectId }, body: { skills: ['helpende-zorg-welzijn', 'vca'], vrijgegeven: true } }),
    },
    'GET /api/v1/rapportage': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${regional}: the region's figures`,
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
    'GET /api/v1/rapportage/export': {
      roles: ['werkgeversteam', 'beheer'],
      ...unscoped(200),
      why: `${regional}: the region's figures`,
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
  };

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);
});
