import { SubsidiesTestApp } from './subsidies-test-app';
import { randomUUID } from 'node:crypto';
import { TrajectGestart } from '@wiz/contracts';
import request from 'supertest';
import {
  bewaartermijnRules,
  Cell,
  DEFAULT_ORGANISATIONS,
  describeAuthorizationMatrix,
  describeFuzz,
  platformRules,
  RuleTable,
  scoped,
  unscoped,
} from '@wiz/platform/testing';

// IMPORT_DIRECT_MAX 1: an import of two rows runs as a job, so its status route has a record to answer for.
const env = { DECLARATIE_DIRECT_MAX: '20', IMPORT_DIRECT_MAX: '1' };

/**
 * Subsidies' authorization matrix and fuzz, after the scoping policy (src/modules/scoping.ts); financien and beheer
 * only, everyone else 403. Regelingen are the region's: the same answer whatever the caller's organisation. Cost
 * lines and claims belong to the organisation that recorded them: another organisation's financien gets 404 for a
 * claim (read, lines, audit, export, submission) and does not find its lines or claims in its lists; beheer sees
 * all. Every fixture is made by the own organisation's finance. A request that changes a claim for good
 * (submitting it) gets a fresh claim in every cell that reaches the handler.
 */
describe('subsidies: security', () => {
  const t = new SubsidiesTestApp(env);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let codes = 0;
  const fin = () => t.as('financien', DEFAULT_ORGANISATIONS.own);
  const regeling = async (code: string) => {
    await (
      await fin()
    )
      .post('/api/v1/regelingen', {
        code,
        naam: `Regeling ${code}`,
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014', 'GM0034'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
    return code;
  };
  /** The scheme cost lines and claims are made under. */
  const jtf = (cell: Cell) => cell.shared('regeling', () => regeling('MATRIX'));
  /** A claim over a scheme without cost lines: submitting it never collides with another claim's lines. */
  const concept = async (cell: Cell) => {
    const code = await cell.shared('leeg', () => regeling('LEEG'));
    return (
      await (
        await fin()
      )
        .post('/api/v1/declaraties', { regelingCode: code, periodeVan: '2026-01-01', periodeTot: '2026-03-31' })
        .expect(201)
    ).body.id as string;
  };
  const declaratie = (cell: Cell) => cell.shared('declaratie', () => concept(cell));
  const regional = 'regelingen are the region’s: the same answer whatever the caller’s organisation';
  const recorded = 'records a new one, owned by the caller’s organisation';
  const owned = 'a claim belongs to the organisation that made it: another organisation’s financien gets 404';
  /** A list answer holds the own organisation's fixture exactly when the caller may see it. */
  const toont = (fixture: (cell: Cell) => Promise<string>) => async (res: request.Response, cell: Cell) => {
    const id = await fixture(cell);
    expect(res.body.items.some((x: { id: string }) => x.id === id)).toBe(cell.side === 'own' || cell.role === 'beheer');
  };
  /** One cost line and one claim under schemes of their own, so the lists that should show them are short. */
  const zichtbareKostenregel = (cell: Cell) =>
    cell.shared('zichtbare-kostenregel', async () => {
      await cell.shared('regeling-zichtbaar', () => regeling('ZICHTBAAR'));
      return (
        await (
          await fin()
        )
          .post('/api/v1/kostenregels', {
            regelingCode: 'ZICHTBAAR',
            soort: 'overig',
            bedragCenten: 100,
            datum: '2026-02-01',
            omschrijving: 'zichtbaar',
          })
          .expect(201)
      ).body.id as string;
    });
  const zichtbareDeclaratie = (cell: Cell) =>
    cell.shared('zichtbare-declaratie', async () => {
      await cell.shared('regeling-lijst', () => regeling('LIJST'));
      return (
        await (
          await fin()
        )
          .post('/api/v1/declaraties', { regelingCode: 'LIJST', periodeVan: '2026-01-01', periodeTot: '2026-03-31' })
          .expect(201)
      ).body.id as string;
    });

  /** A cost-line import run as a job by the own organisation's finance. */
  const importJob = (cell: Cell) =>
    cell.shared('import-job', async () => {
      const code = await jtf(cell);
      const csv = [
        'regelingCode,soort,bedragCenten,datum,omschrijving',
        `${code},materiaal,100,2026-03-01,a`,
        `${code},materiaal,200,2026-03-01,b`,
      ].join('\n');
      return (
        await (await fin()).post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(202)
      ).body.id as string;
    });

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
    'POST /api/v1/regelingen': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: regional,
      request: () => ({
        body: {
          code: `NPG-${++codes}`,
          naam: 'Nationaal Programma Groningen',
          startdatum: '2026-01-01',
          einddatum: '2027-12-31',
          gemeentecodes: ['GM0014'],
          cofinancieringspercentage: 50,
          flatRatePercentage: 40,
        },
      }),
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
      why: recorded,
      request: async (cell) => ({
        body: {
          regelingCode: await jtf(cell),
          soort: 'opleiding',
          bedragCenten: 125_000,
          datum: '2026-02-10',
          omschrijving: 'cursus',
          bewijsstuk: `factuur-${cell.side}`,
        },
      }),
    },
    'GET /api/v1/kostenregels': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: 'the list answers everyone, with only the cost lines of the caller’s organisation (beheer: all)',
      request: async (cell) => {
        await zichtbareKostenregel(cell);
        return { query: { regelingCode: 'ZICHTBAAR', pagina: '1' } };
      },
      verify: toont(zichtbareKostenregel),
    },
    'POST /api/v1/kostenregels/import': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: recorded,
      request: async (cell) => ({
        contentType: 'text/csv',
        body: [
          'regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk',
          `${await jtf(cell)},materiaal,1500,2026-03-01,laptop,bon-${cell.side}`,
        ].join('\n'),
      }),
    },
    'GET /api/v1/kostenregels/importen/:id': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: 'an import belongs to the organisation that uploaded it: another organisation’s financien gets 404',
      request: async (cell) => ({ params: { id: await importJob(cell) } }),
    },
    'POST /api/v1/declaraties': {
      roles: ['financien', 'beheer'],
      ...unscoped(201),
      why: `${recorded}, over that organisation's cost lines only`,
      // A scheme of its own: the fuzz of POST /kostenregels puts amounts up to the largest safe integer under MATRIX,
      // whose sum a claim rightly refuses (422), so a claim over MATRIX would depend on the fuzz's random draws.
      request: async (cell) => ({
        body: {
          regelingCode: await cell.shared('declareren', () => regeling('DECLAREREN')),
          periodeVan: '2026-01-01',
          periodeTot: '2026-06-30',
        },
      }),
    },
    'GET /api/v1/declaraties': {
      roles: ['financien', 'beheer'],
      ...unscoped(200),
      why: 'the list answers everyone, with only the claims of the caller’s organisation (beheer: all)',
      request: async (cell) => {
        await zichtbareDeclaratie(cell);
        return { query: { status: 'concept', regelingCode: 'LIJST' } };
      },
      verify: toont(zichtbareDeclaratie),
    },
    'GET /api/v1/declaraties/:id/regels': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: owned,
      request: async (cell) => ({ params: { id: await declaratie(cell) }, query: { opgenomen: 'false' } }),
    },
    'GET /api/v1/declaraties/:id': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: owned,
      request: async (cell) => ({ params: { id: await declaratie(cell) } }),
    },
    'POST /api/v1/declaraties/:id/indiening': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: `${owned}; every allowed cell submits another claim`,
      request: async (cell) => ({ params: { id: cell.allowed ? await concept(cell) : await declaratie(cell) } }),
    },
    'GET /api/v1/declaraties/:id/audit': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: owned,
      request: async (cell) => ({ params: { id: await declaratie(cell) } }),
    },
    'GET /api/v1/declaraties/:id/export': {
      roles: ['financien', 'beheer'],
      ...scoped(200),
      why: owned,
      request: async (cell) => ({ params: { id: await declaratie(cell) }, query: { formaat: 'csv' } }),
    },
  };

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);

  describe('scoping between organisations (pentest finding 9)', () => {
    it("refuses GM0106's financien GM0014's claim: read, lines, audit, export and submission answer 404, and its own claim takes none of GM0014's lines", async () => {
      const gm0014 = await t.as('financien', 'GM0014');
      const gm0106 = await t.as('financien', 'GM0106');
      await regeling('GRENS');
      const regel = (
        await gm0014
          .post('/api/v1/kostenregels', {
            regelingCode: 'GRENS',
            soort: 'opleiding',
            bedragCenten: 250_000,
            datum: '2026-02-10',
            omschrijving: 'cursus GM0014',
            bewijsstuk: 'factuur-gm0014-1',
          })
          .expect(201)
      ).body.id as string;
      const claim = (
        await gm0014
          .post('/api/v1/declaraties', { regelingCode: 'GRENS', periodeVan: '2026-01-01', periodeTot: '2026-03-31' })
          .expect(201)
      ).body;
      expect(claim.opgenomen).toEqual([regel]);

      expect((await gm0106.get(`/api/v1/declaraties/${claim.id}`)).status).toBe(404);
      expect((await gm0106.get(`/api/v1/declaraties/${claim.id}/export?formaat=csv`)).status).toBe(404);
      expect((await gm0106.get(`/api/v1/declaraties/${claim.id}/export?formaat=xlsx`)).status).toBe(404);
      expect((await gm0106.get(`/api/v1/declaraties/${claim.id}/regels`)).status).toBe(404);
      expect((await gm0106.get(`/api/v1/declaraties/${claim.id}/audit`)).status).toBe(404);
      expect((await gm0106.post(`/api/v1/declaraties/${claim.id}/indiening`)).status).toBe(404);
      expect((await t.query('SELECT status FROM declaraties WHERE id = $1', [claim.id]))[0].status).toBe('concept');
      const lijsten = [
        await gm0106.get('/api/v1/declaraties?regelingCode=GRENS').expect(200),
        await gm0106.get('/api/v1/kostenregels?regelingCode=GRENS').expect(200),
      ];
      for (const lijst of lijsten) expect(lijst.body).toMatchObject({ items: [], totaal: 0 });

      // GM0106's own claim over the same scheme and period sees none of GM0014's lines, so it cannot use them up.
      const eigen = (
        await gm0106
          .post('/api/v1/declaraties', { regelingCode: 'GRENS', periodeVan: '2026-01-01', periodeTot: '2026-03-31' })
          .expect(201)
      ).body;
      expect([...eigen.opgenomen, ...eigen.uitgesloten.map((u: { kostenregelId: string }) => u.kostenregelId)]).toEqual(
        [],
      );
      await gm0106.post(`/api/v1/declaraties/${eigen.id}/indiening`).expect(200);

      await gm0014.post(`/api/v1/declaraties/${claim.id}/indiening`).expect(200);
      expect((await (await t.as('beheer', 'wiz')).get(`/api/v1/declaraties/${claim.id}`).expect(200)).body.status).toBe(
        'ingediend',
      );
    });
  });
});
