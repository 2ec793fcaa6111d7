import type { Cell, RuleTable } from '@wiz/platform/testing';
import { unscoped } from '@wiz/platform/testing';

/**
 * The council report's rows of trajecten's authorization matrix. Reports are regional counts without persons, like
 * the monitor: the same for every organisation allowed. The monitor role publishes (the programme's reporting staff
 * sign the figures), beheer as well; every other role gets 403.
 */
export function rapportageRegels(rapportage: (cell: Cell) => Promise<string>): RuleTable {
  const roles = ['monitor', 'beheer'] as const;
  return {
    'GET /api/v1/rapportages': {
      roles: [...roles],
      ...unscoped(200),
      why: 'the list of published reports is regional, no persons',
    },
    'GET /api/v1/rapportages/voorbeeld': {
      roles: [...roles],
      ...unscoped(200),
      why: 'a preview is the regional monitor’s figures arranged as the report',
      request: () => ({ query: { periode: '2026-H1', gemeentecode: 'GM0014' } }),
      verify: (res) => expect(res.body.periode).toBe('2026-H1'),
    },
    'POST /api/v1/rapportages': {
      roles: [...roles],
      ...unscoped(201),
      why: 'publishing freezes regional figures; a reason makes every allowed cell a new version, never a 409',
      request: () => ({ body: { periode: '2026-Q2', reden: 'matrix' } }),
    },
    'GET /api/v1/rapportages/:id': {
      roles: [...roles],
      ...unscoped(200),
      why: 'a published report is regional counts, the same for everyone allowed',
      request: async (cell) => ({ params: { id: await rapportage(cell) } }),
      verify: async (res, cell) => expect(res.body.id).toBe(await rapportage(cell)),
    },
    'GET /api/v1/rapportages/:id/bestand': {
      roles: [...roles],
      ...unscoped(200),
      why: 'the stored file of a published report',
      request: async (cell) => ({ params: { id: await rapportage(cell) }, query: { formaat: 'pdf' } }),
    },
  };
}
