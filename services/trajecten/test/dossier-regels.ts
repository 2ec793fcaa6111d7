import type { Cell, ProtectedRule, RuleTable } from '@wiz/platform/testing';
import { scoped } from '@wiz/platform/testing';
import type { TrajectenTestApp } from './trajecten-test-app';

type Traject = (cell: Cell) => Promise<{ id: string }>;

/**
 * Journal and plan rows of trajecten's authorization matrix (issue 18). They open to the traject's holders only:
 * the fixture traject is held by the own organisation's matrix consulent, so that consulent gets the status, and
 * beheer on both sides. The matrix teamleider holds nothing and carries no team claim (not of the traject's team):
 * 404, like a consulent of another organisation. Beheer writes notes but corrects none (only the author: 403).
 * Beheer is listed first where it is the fuzz's caller, so fuzzed input reaches the database.
 */
export function dossierRegels(t: TrajectenTestApp, traject: Traject): RuleTable {
  const beheer = () => t.as('beheer', 'WIZ');
  const consulentVan = (cell: Cell) => `matrix-consulent-${cell.organisations.own}`;
  const alsConsulent = (cell: Cell) => t.as('consulent', cell.organisations.own, consulentVan(cell));
  /** A traject the own organisation's matrix consulent holds. */
  const dossier = (cell: Cell) =>
    cell.shared('dossier', async () => {
      const body = { naam: 'Matrix', organisatie: cell.organisations.own, team: 'matrix', actief: true };
      await (await beheer()).put(`/api/v1/medewerkers/${consulentVan(cell)}`, body).expect(200);
      const { id } = await traject(cell);
      await (await beheer()).post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: consulentVan(cell) }).expect(200);
      return id;
    });
  const notitie = (cell: Cell) =>
    cell.shared('notitie', async () => {
      const id = await dossier(cell);
      const body = { soort: 'gesprek', tekst: 'matrix', datum: '2026-03-02' };
      const res = await (await alsConsulent(cell)).post(`/api/v1/trajecten/${id}/notities`, body).expect(201);
      return { id, notitieId: res.body.id as string };
    });
  const doel = (cell: Cell) =>
    cell.shared('doel', async () => {
      const id = await dossier(cell);
      const res = await (await beheer()).post(`/api/v1/trajecten/${id}/plan/doelen`, { omschrijving: 'matrix' });
      return { id, doelId: res.body.id as string };
    });
  const actie = (cell: Cell) =>
    cell.shared('actie', async () => {
      const { id, doelId } = await doel(cell);
      const body = { omschrijving: 'matrix', eigenaar: 'inwoner', streefdatum: '2026-05-01' };
      const res = await (await beheer()).post(`/api/v1/trajecten/${id}/plan/doelen/${doelId}/acties`, body);
      return { id, doelId, actieId: res.body.id as string };
    });

  const houders = ['beheer', 'consulent', 'teamleider'] as const;
  const alleenHouders = (status: number): Pick<ProtectedRule, 'roles' | 'expect' | 'byRole' | 'why'> => ({
    roles: [...houders],
    expect: scoped(status).expect,
    byRole: { ...scoped(status).byRole, teamleider: { own: 404, other: 404 } },
    why: "only the traject's holders: its consulent, its team (token claim), a stand-in, beheer; others 404",
  });

  return {
    'POST /api/v1/trajecten/:id/notities': {
      ...alleenHouders(201),
      request: async (cell) => ({
        params: { id: await dossier(cell) },
        body: { soort: 'signaal', tekst: 'matrix <b>', datum: '2026-03-02', gevoelig: true },
      }),
    },
    'POST /api/v1/trajecten/:id/notities/:notitieId/correcties': {
      ...alleenHouders(201),
      roles: ['consulent', 'teamleider', 'beheer'],
      byRole: { teamleider: { own: 404, other: 404 }, beheer: { own: 403, other: 403 } },
      why: 'only the author corrects a note (beheer, who sees it, gets 403); outside the holders 404',
      request: async (cell) => ({ params: await notitie(cell), body: { tekst: 'matrix', reden: 'matrix' } }),
    },
    'GET /api/v1/trajecten/:id/notities': {
      ...alleenHouders(200),
      request: async (cell) => ({ params: { id: (await notitie(cell)).id }, query: { historie: 'true' } }),
      verify: async (res, cell) =>
        expect(res.body.items.map((n: { id: string }) => n.id)).toContain((await notitie(cell)).notitieId),
    },
    'POST /api/v1/trajecten/:id/plan/doelen': {
      ...alleenHouders(201),
      request: async (cell) => ({ params: { id: await dossier(cell) }, body: { omschrijving: 'matrix' } }),
    },
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/acties': {
      ...alleenHouders(201),
      request: async (cell) => ({
        params: await doel(cell),
        body: { omschrijving: 'matrix', eigenaar: 'consulent', streefdatum: '2026-05-01' },
      }),
    },
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/status': {
      ...alleenHouders(200),
      request: async (cell) => ({ params: await doel(cell), body: { status: 'bezig' } }),
    },
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/acties/:actieId/status': {
      ...alleenHouders(200),
      request: async (cell) => ({ params: await actie(cell), body: { status: 'behaald' } }),
    },
    'POST /api/v1/trajecten/:id/plan/akkoord': {
      ...alleenHouders(201),
      request: async (cell) => ({ params: { id: await dossier(cell) }, body: { door: 'Inwoner', op: '2026-03-03' } }),
    },
    'GET /api/v1/trajecten/:id/plan': {
      ...alleenHouders(200),
      request: async (cell) => ({ params: { id: (await doel(cell)).id } }),
      verify: async (res, cell) =>
        expect(res.body.doelen.map((d: { id: string }) => d.id)).toContain((await doel(cell)).doelId),
    },
  };
}
