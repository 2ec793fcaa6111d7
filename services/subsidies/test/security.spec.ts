import { Cell, describeAuthorizationMatrix, describeFuzz, platformRules, RuleTable, ServiceTestApp, unscoped } from '@wiz/platform/testing';
import { SubsidiesAppModule, SUBSIDIES_API, subsidiesUploads } from '../src/app.module';

const env = { DECLARATIE_DIRECT_MAX: '20' };

/**
 * Subsidies' authorization matrix and fuzz. The subsidy administration is regional by design: finance of the
 * region registers schemes, cost lines and claims for all its gemeenten, so every route answers the same whatever
 * the caller's organisation (financien and beheer only; everyone else 403). A request that changes a claim for
 * good (submitting it) gets a fresh claim in every cell that reaches the handler.
 */
describe('subsidies: security', () => {
  const t = new ServiceTestApp('subsidies', (config, e) => SubsidiesAppModule.register(config, e), SUBSIDIES_API, env, subsidiesUploads(env));
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let codes = 0;
  const fin = () => t.as('financien', 'WIZ');
  const regeling = async (code: string) => {
    await (await fin()).post('/api/v1/regelingen', { code, naam: `Regeling ${code}`, startdatum: '2026-01-01', einddatum: '2026-12-31', gemeentecodes: ['GM0014', 'GM0034'], cofinancieringspercentage: 60 }).expect(201);
    return code;
  };
  /** The scheme cost lines and claims are made under. */
  const jtf = (cell: Cell) => cell.shared('regeling', () => regeling('MATRIX'));
  /** A claim over a scheme without cost lines: submitting it never collides with another claim's lines. */
  const concept = async (cell: Cell) => {
    const code = await cell.shared('leeg', () => regeling('LEEG'));
    return (await (await fin()).post('/api/v1/declaraties', { regelingCode: code, periodeVan: '2026-01-01', periodeTot: '2026-03-31' }).expect(201)).body.id as string;
  };
  const declaratie = (cell: Cell) => cell.shared('declaratie', () => concept(cell));
  const regional = 'the subsidy administration is regional: the same answer whatever the caller’s organisation';

  const rules: RuleTable = {
    ...platformRules(),
    'POST /api/v1/regelingen': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: () => ({ body: { code: `NPG-${++codes}`, naam: 'Nationaal Programma Groningen', startdatum: '2026-01-01', einddatum: '2027-12-31', gemeentecodes: ['GM0014'], cofinancieringspercentage: 50, flatRatePercentage: 40 } }),
    },
    'GET /api/v1/regelingen': { roles: ['financien', 'beheer'], ...unscoped(200), why: regional },
    'GET /api/v1/regelingen/:code': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { code: await jtf(cell) } }),
    },
    'POST /api/v1/kostenregels': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({ body: { regelingCode: await jtf(cell), soort: 'opleiding', bedragCenten: 125_000, datum: '2026-02-10', omschrijving: 'cursus', bewijsstuk: `factuur-${cell.side}` } }),
    },
    'GET /api/v1/kostenregels': { roles: ['financien', 'beheer'], ...unscoped(200), why: regional, request: () => ({ query: { regelingCode: 'MATRIX', pagina: '1' } }) },
    'POST /api/v1/kostenregels/import': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: async (cell) => ({
        contentType: 'text/csv',
        body: ['regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk', `${await jtf(cell)},materiaal,1500,2026-03-01,laptop,bon-${cell.side}`].join('\n'),
      }),
    },
    'POST /api/v1/declaraties': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: regional,
      // A scheme of its own: the fuzz of POST /kostenregels puts amounts up to the largest safe integer under MATRIX,
      // whose sum a claim rightly refuses (422), so a claim over MATRIX would depend on the fuzz's random draws.
      request: async (cell) => ({ body: { regelingCode: await cell.shared('declareren', () => regeling('DECLAREREN')), periodeVan: '2026-01-01', periodeTot: '2026-06-30' } }),
    },
    'GET /api/v1/declaraties': { roles: ['financien', 'beheer'], ...unscoped(200), why: regional, request: () => ({ query: { status: 'concept' } }) },
    'GET /api/v1/declaraties/:id/regels': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await declaratie(cell) }, query: { opgenomen: 'false' } }),
    },
    'GET /api/v1/declaraties/:id': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await declaratie(cell) } }),
    },
    'POST /api/v1/declaraties/:id/indiening': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: `${regional}; every allowed cell submits another claim`,
      request: async (cell) => ({ params: { id: cell.allowed ? await concept(cell) : await declaratie(cell) } }),
    },
    'GET /api/v1/declaraties/:id/audit': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await declaratie(cell) } }),
    },
    'GET /api/v1/declaraties/:id/export': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: regional,
      request: async (cell) => ({ params: { id: await declaratie(cell) }, query: { formaat: 'csv' } }),
    },
  };

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);
});
