import { randomUUID } from 'node:crypto';
import type { Cell, RuleTable } from '@wiz/platform/testing';
import { scoped, unscoped } from '@wiz/platform/testing';
import type { TrajectenTestApp } from './trajecten-test-app';
import { kalenderdag } from '@wiz/contracts';

type Traject = (cell: Cell) => Promise<{ id: string }>;

/**
 * Caseload and handover rows of trajecten's authorization matrix (issue 18). Medewerkers, rules and stand-ins are
 * managed by the organisation's teamleider (another organisation's are not there: 404) and beheer; the worklists
 * are the caller's own; a handover is answered by the receiving organisation only. `traject` is the shared fixture
 * of the own organisation, `trajectVoor` a fresh one where the cell changes it for good.
 */
export function caseloadRegels(t: TrajectenTestApp, traject: Traject, trajectVoor: Traject): RuleTable {
  const beheer = () => t.as('beheer', 'WIZ');
  const consulentVan = (cell: Cell) => `matrix-consulent-${cell.organisations.own}`;
  /** The own organisation's consulent of the matrix and a colleague, in team `matrix`. */
  const medewerkers = (cell: Cell) =>
    cell.shared('medewerkers', async () => {
      for (const subject of [consulentVan(cell), 'matrix-collega'])
        await (
          await beheer()
        )
          .put(`/api/v1/medewerkers/${subject}`, {
            naam: subject,
            organisatie: cell.organisations.own,
            team: 'matrix',
            actief: true,
          })
          .expect(200);
    });
  /** A traject the own organisation's matrix consulent holds. */
  const toegewezen = (cell: Cell) =>
    cell.shared('toegewezen', async () => {
      await medewerkers(cell);
      const { id } = await traject(cell);
      await (await beheer()).post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: consulentVan(cell) }).expect(200);
      return id;
    });
  /** A handover from the other organisation to the own one: only the own (receiving) side answers it. */
  const nieuweOverdracht = async (cell: Cell) => {
    const { other, own } = cell.organisations;
    const { id } = await t.nieuwTraject({ organisatie: other, gemeentecode: other });
    const body = { naarOrganisatie: own, toelichting: 'matrix' };
    return (await (await beheer()).post(`/api/v1/trajecten/${id}/overdrachten`, body).expect(201)).body.id as string;
  };
  const overdracht = (cell: Cell) => cell.shared('overdracht', () => nieuweOverdracht(cell));
  const overdrachtVoor = (cell: Cell) => (cell.allowed ? nieuweOverdracht(cell) : overdracht(cell));
  const contactmoment = async (cell: Cell) => {
    const { id } = await trajectVoor(cell);
    const [o] = await t.query(`SELECT id FROM opvolgingen WHERE traject_id = $1 AND soort = 'contactmoment'`, [id]);
    return o.id as string;
  };
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
  const beheerders = ['teamleider', 'beheer'] as const;
  const consulenten = ['consulent', 'teamleider', 'beheer'] as const;

  return {
    'PUT /api/v1/medewerkers/:subject': {
      roles: [...beheerders],
      ...scoped(200),
      request: (cell) => ({
        params: { subject: `matrix-${randomUUID()}` },
        body: { naam: 'Matrix', organisatie: cell.organisations.own, team: null, actief: true },
      }),
    },
    'GET /api/v1/medewerkers': {
      roles: [...beheerders],
      ...unscoped(200),
      why: "a list answers 200 to everyone allowed; another organisation's medewerkers are not in it",
      request: async (cell) => (await medewerkers(cell), {}),
      verify: (res, cell) => {
        const subjects = res.body.items.map((m: { subject: string }) => m.subject);
        if (cell.side === 'own' || cell.role === 'beheer') expect(subjects).toContain('matrix-collega');
        else expect(subjects).not.toContain('matrix-collega');
      },
    },
    'PUT /api/v1/toewijzingsregels/:organisatie': {
      roles: [...beheerders],
      ...scoped(200),
      request: (cell) => ({
        params: { organisatie: cell.organisations.own },
        body: { regel: 'minst-belast', team: 'matrix' },
      }),
    },
    'POST /api/v1/vervangingen': {
      roles: [...beheerders],
      expect: { own: 201, other: 400 },
      byRole: { beheer: { own: 201, other: 201 } },
      why: "a stand-in is between medewerkers of the caller's organisation: another one's are unknown names (400)",
      request: async (cell) => {
        await medewerkers(cell);
        const vandaag = kalenderdag(new Date());
        return { body: { vervanger: 'matrix-collega', voor: consulentVan(cell), van: vandaag, tot: vandaag } };
      },
    },
    'GET /api/v1/caseload': {
      roles: ['consulent', 'teamleider'],
      ...unscoped(200),
      why: "the caller's own worklist: 200 for everyone allowed, holding only what they hold or stand in for",
      request: async (cell) => (await toegewezen(cell), {}),
      verify: async (res, cell) => {
        const id = await toegewezen(cell);
        if (cell.side === 'own' && cell.role === 'consulent') expect(ids(res)).toContain(id);
        else expect(ids(res)).not.toContain(id);
      },
    },
    'GET /api/v1/caseload/team': {
      roles: ['consulent', 'teamleider'],
      ...unscoped(200),
      why: "the caller's team's worklist (as registered): another organisation's team is never in it",
      request: async (cell) => (await toegewezen(cell), {}),
      verify: async (res, cell) => {
        const id = await toegewezen(cell);
        if (cell.side === 'own' && cell.role === 'consulent') expect(ids(res)).toContain(id);
        else expect(ids(res)).not.toContain(id);
      },
    },
    'POST /api/v1/trajecten/:id/toewijzing': {
      roles: [...beheerders],
      ...scoped(200),
      request: async (cell) => {
        await medewerkers(cell);
        return { params: { id: (await trajectVoor(cell)).id }, body: { consulent: consulentVan(cell) } };
      },
    },
    'POST /api/v1/trajecten/:id/overdrachten': {
      roles: [...consulenten],
      ...scoped(201),
      request: async (cell) => ({
        params: { id: (await trajectVoor(cell)).id },
        body: { naarOrganisatie: 'UWV', toelichting: 'matrix' },
      }),
    },
    'GET /api/v1/trajecten/:id/overdrachten': {
      roles: [...consulenten],
      ...scoped(200),
      request: async (cell) => ({ params: { id: (await traject(cell)).id } }),
    },
    'GET /api/v1/overdrachten': {
      roles: [...consulenten],
      ...unscoped(200),
      why: "the handovers to the caller's organisation: 200 for everyone allowed, others' are not in it",
      request: async (cell) => (await overdracht(cell), {}),
      verify: async (res, cell) => {
        const id = await overdracht(cell);
        if (cell.side === 'own' || cell.role === 'beheer') expect(ids(res)).toContain(id);
        else expect(ids(res)).not.toContain(id);
      },
    },
    'POST /api/v1/overdrachten/:id/acceptatie': {
      roles: [...consulenten],
      ...scoped(200),
      why: 'only the receiving organisation answers; the proposing one (the other side here) gets 404 as well',
      request: async (cell) => ({ params: { id: await overdrachtVoor(cell) } }),
    },
    'POST /api/v1/overdrachten/:id/afwijzing': {
      roles: [...consulenten],
      ...scoped(200),
      request: async (cell) => ({ params: { id: await overdrachtVoor(cell) }, body: { reden: 'matrix' } }),
    },
    'POST /api/v1/opvolgingen/:id/afsluiting': {
      roles: [...consulenten],
      ...scoped(200),
      request: async (cell) => ({
        params: {
          id: cell.allowed ? await contactmoment(cell) : await cell.shared('contact', () => contactmoment(cell)),
        },
        body: { uitkomst: 'matrix' },
      }),
    },
  };
}
