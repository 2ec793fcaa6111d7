import { randomUUID } from 'node:crypto';
import { kalenderdag, VerwerkingBeperkt } from '@wiz/contracts';
import {
  bewaartermijnRules,
  Cell,
  describeAuthorizationMatrix,
  describeFuzz,
  eventually,
  platformRules,
  RuleTable,
  scoped,
  unscoped,
} from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { rapportageRegels } from './rapportages-regels';
import { caseloadRegels } from './caseload-regels';
import { dossierRegels } from './dossier-regels';
import { mijnRegels } from './mijn-regels';

/**
 * Trajecten's authorization matrix and fuzz. A traject belongs to the organisation its aanmelding was routed to
 * (`maySee`): a consulent of another organisation gets 404 for it and its follow-ups, beheer sees all. The
 * monitor is regional (counts, no persons) and the same for everyone allowed. Fixtures are trajecten of the own
 * organisation (GM0014), made as intake would (an aanmelding-afgerond event); a request that changes a traject
 * for good (a step, closing it, an outcome) gets a fresh one in every cell that reaches the handler.
 */
describe('trajecten: security', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const nieuwTraject = (cell: Cell) =>
    t.nieuwTraject({ organisatie: cell.organisations.own, gemeentecode: cell.organisations.own });
  const traject = (cell: Cell) => cell.shared('traject', () => nieuwTraject(cell));
  /** A fresh traject where the cell reaches the handler (it changes it for good); the shared one where it does not. */
  const trajectVoor = (cell: Cell) => (cell.allowed ? nieuwTraject(cell) : traject(cell));
  /** A due duurzaamheidscheck: a placement that started a year ago, so its check fires at once. */
  const openCheck = async (cell: Cell) => {
    const tr = await nieuwTraject(cell);
    const startdatum = kalenderdag(new Date(Date.now() - 400 * 86_400_000));
    const plaatsing = await t.plaatsing(tr.id, tr.inwonerId, { startdatum });
    return eventually(async () => {
      const [o] = await t.query(`SELECT id FROM opvolgingen WHERE plaatsing_id = $1 AND status = 'open'`, [
        plaatsing.data.plaatsingId,
      ]);
      expect(o).toBeDefined();
      return o.id as string;
    });
  };
  const check = (cell: Cell) => (cell.allowed ? openCheck(cell) : cell.shared('check', () => openCheck(cell)));
  const activiteit = async (cell: Cell, trajectId: string) =>
    (
      await (
        await t.as('consulent', cell.organisations.own)
      )
        .post(`/api/v1/trajecten/${trajectId}/activiteiten`, { soort: 'werkfit', startdatum: '2026-01-05' })
        .expect(201)
    ).body.id as string;
  const seesOwn = (cell: Cell) => cell.side === 'own' || cell.role === 'beheer';
  /** A published council report, for the routes that read one. */
  const rapportage = (cell: Cell) =>
    cell.shared(
      'rapportage',
      async () =>
        (await (await t.as('beheer', 'WIZ')).post('/api/v1/rapportages', { periode: '2026-H1' }).expect(201)).body
          .id as string,
    );

  const rules: RuleTable = {
    ...bewaartermijnRules(),
    // A replayed dead letter is applied by the consumer that gave up on it: a harmless VerwerkingBeperkt (a lifted
    // restriction of nobody trajecten knows; a placement's end would wait for its placement).
    ...platformRules({
      definition: VerwerkingBeperkt,
      data: () => ({
        inwonerId: randomUUID(),
        verzoekId: randomUUID(),
        beperkt: false,
        gewijzigdOp: new Date().toISOString(),
      }),
    }),
    'GET /api/v1/trajecten': {
      roles: ['consulent', 'teamleider', 'beheer'],
      ...unscoped(200),
      why: 'a worklist answers 200 to everyone allowed; another organisation’s trajecten are not in it',
      request: async (cell) => ({ query: { inwonerId: (await traject(cell)).inwonerId } }),
      verify: async (res, cell) => {
        const ids = res.body.items.map((i: { id: string }) => i.id);
        if (seesOwn(cell)) expect(ids).toEqual([(await traject(cell)).id]);
        else expect(ids).toEqual([]);
      },
    },
    'GET /api/v1/trajecten/:id': {
      roles: ['consulent', 'teamleider', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({ params: { id: (await traject(cell)).id } }),
      verify: async (res, cell) => expect(res.body.id).toBe((await traject(cell)).id),
    },
    'POST /api/v1/trajecten/:id/stappen': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { id: (await trajectVoor(cell)).id },
        body: { stap: 'begeleiden', toelichting: 'matrix' },
      }),
    },
    'POST /api/v1/trajecten/:id/activiteiten': {
      roles: ['consulent', 'beheer'],
      ...scoped(201),
      request: async (cell) => ({
        params: { id: (await traject(cell)).id },
        body: { soort: 'kansrijk-opleiden', startdatum: '2026-02-02' },
      }),
    },
    'POST /api/v1/trajecten/:id/activiteiten/:activiteitId/afronding': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => {
        const { id } = await traject(cell);
        const activiteitId = cell.allowed
          ? await activiteit(cell, id)
          : await cell.shared('activiteit', () => activiteit(cell, id));
        return { params: { id, activiteitId }, body: { resultaat: 'behaald', datum: '2026-03-01' } };
      },
    },
    'POST /api/v1/trajecten/:id/participatieladder': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({ params: { id: (await traject(cell)).id }, body: { trede: 3 } }),
    },
    'POST /api/v1/trajecten/:id/werkuren': {
      roles: ['consulent', 'beheer'],
      ...scoped(201),
      // A traject of its own per cell: a second first change of hours would contradict the one recorded.
      request: async (cell) => ({
        params: { id: (await nieuwTraject(cell)).id },
        body: { urenPerWeek: 24, vorigeUrenPerWeek: 16, ingangsdatum: kalenderdag(new Date()) },
      }),
    },
    'POST /api/v1/trajecten/:id/afsluiting': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { id: (await trajectVoor(cell)).id },
        body: { reden: 'werk', datum: '2026-03-01' },
      }),
    },
    'GET /api/v1/opvolgingen': {
      roles: ['consulent', 'teamleider', 'beheer'],
      ...unscoped(200),
      why: 'a list answers 200 to everyone allowed; another organisation’s follow-ups are not in it',
      request: async (cell) => ({
        query: {
          trajectId: await cell.shared(
            'check-traject',
            async () =>
              (
                await t.query('SELECT traject_id FROM opvolgingen WHERE id = $1', [
                  await check({ ...cell, allowed: false }),
                ])
              )[0].traject_id as string,
          ),
        },
      }),
      verify: async (res, cell) => {
        const ids = res.body.items.map((i: { id: string }) => i.id);
        if (seesOwn(cell)) expect(ids).toContain(await check({ ...cell, allowed: false }));
        else expect(ids).toEqual([]);
      },
    },
    'GET /api/v1/opvolgingen/:id': {
      roles: ['consulent', 'teamleider', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({ params: { id: await check({ ...cell, allowed: false }) } }),
      verify: async (res, cell) => expect(res.body.id).toBe(await check({ ...cell, allowed: false })),
    },
    'POST /api/v1/opvolgingen/:id/uitkomst': {
      roles: ['consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({ params: { id: await check(cell) }, body: { inDienst: true, urenPerWeek: 32 } }),
    },
    'GET /api/v1/wachtrijen': {
      roles: ['beheer'],
      ...unscoped(200),
      why: 'the follow-up queue is the service’s, not an organisation’s',
    },
    'GET /api/v1/monitor': {
      roles: ['monitor', 'beheer', 'consulent'],
      ...unscoped(200),
      why: 'the 20.000 monitor is regional: counts of the whole region, no persons, the same for everyone allowed',
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
    'GET /api/v1/monitor/gemeenten': {
      roles: ['monitor', 'beheer', 'consulent'],
      ...unscoped(200),
      why: 'counts per gemeente, no persons: the regional monitor broken down',
      request: () => ({ query: { van: '2026-01-01', tot: '2026-12-31' } }),
    },
    'GET /api/v1/monitor/gebeurtenissen': {
      roles: ['monitor', 'beheer', 'consulent'],
      ...unscoped(200),
      why: 'the dashboard’s change events carry no figures and no persons',
      request: () => ({ stream: true }),
      verify: (res) => expect(res.text).toContain('event: verbonden'),
    },
    'GET /api/v1/streefwaarden': {
      roles: ['beheer', 'monitor'],
      ...unscoped(200),
      why: 'targets and starting balances are regional configuration, the same for everyone allowed',
      verify: (res) => expect(res.body.items.length).toBeGreaterThan(0),
    },
    'POST /api/v1/streefwaarden': {
      roles: ['beheer'],
      ...unscoped(201),
      why: 'beheer sets the region’s and each gemeente’s targets; no organisation owns them',
      request: () => ({
        body: { sleutel: 'plaatsingen', gemeentecode: 'GM0014', geldigVanaf: '2026-01-01', doel: 400 },
      }),
    },
    ...rapportageRegels(rapportage),
    ...caseloadRegels(t, traject, trajectVoor),
    ...dossierRegels(t, traject),
    ...mijnRegels(t),
  };

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);
});
