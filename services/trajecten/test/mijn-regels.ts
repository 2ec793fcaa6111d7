import type { Cell, RuleTable } from '@wiz/platform/testing';
import { unscoped } from '@wiz/platform/testing';
import type { TrajectenTestApp } from './trajecten-test-app';

/**
 * Mijn Werk in Zicht rows of trajecten's authorization matrix (issue 20). Only an inwoner token passes, and the
 * person is the token's: the cell names the fixture's inwoner, whatever the cell's organisation (their gemeente
 * claim scopes nothing here), so both sides see their own. The matrix's inwoner token carries no name, so a
 * certificate or credential answers 409 there (no name to print); mijn.spec issues them with a name. The credential
 * keys and the check of a credential are public.
 */
export function mijnRegels(t: TrajectenTestApp): RuleTable {
  const persoon = (cell: Cell) =>
    cell.shared('mijn-persoon', async () => {
      const traject = await t.nieuwTraject({
        organisatie: cell.organisations.own,
        gemeentecode: cell.organisations.own,
      });
      const c = await t.as('beheer', 'WIZ');
      const pad = `/api/v1/trajecten/${traject.id}/activiteiten`;
      const { id } = (await c.post(pad, { soort: 'praktijkverklaring', startdatum: '2026-01-05' }).expect(201)).body;
      await c.post(`${pad}/${id}/afronding`, { resultaat: 'behaald', datum: '2026-02-01' }).expect(200);
      return { inwonerId: traject.inwonerId, trajectId: traject.id, resultaatId: id as string };
    });
  const eigen = (status: number, why: string) => ({ roles: ['inwoner'] as const, ...unscoped(status), why });

  return {
    'GET /api/v1/mijn/trajecten': {
      ...eigen(200, 'the person is the one of the token: their own trajecten, on either side'),
      request: async (cell) => ({ inwonerId: (await persoon(cell)).inwonerId }),
      verify: async (res, cell) =>
        expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([(await persoon(cell)).trajectId]),
    },
    'GET /api/v1/mijn/resultaten': {
      ...eigen(200, 'the person is the one of the token: their own results, on either side'),
      request: async (cell) => ({ inwonerId: (await persoon(cell)).inwonerId }),
      verify: async (res, cell) =>
        expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([(await persoon(cell)).resultaatId]),
    },
    'GET /api/v1/mijn/resultaten/:resultaatId/certificaat': {
      ...eigen(409, 'their own result, but the matrix token carries no name to print (mijn.spec: 200 with a name)'),
      request: async (cell) => {
        const p = await persoon(cell);
        return { inwonerId: p.inwonerId, params: { resultaatId: p.resultaatId } };
      },
    },
    'GET /api/v1/mijn/resultaten/:resultaatId/credential': {
      ...eigen(409, 'their own result, but the matrix token carries no name to sign (mijn.spec: 200 with a name)'),
      request: async (cell) => {
        const p = await persoon(cell);
        return { inwonerId: p.inwonerId, params: { resultaatId: p.resultaatId } };
      },
    },
    'GET /api/v1/credentials/sleutels': {
      public: true,
      expect: 200,
      why: 'the public keys of the credentials, for anyone who checks one',
      verify: (res) => expect(res.body.keys.length).toBeGreaterThan(0),
    },
    'POST /api/v1/credentials/verificaties': {
      public: true,
      expect: 200,
      why: 'an employer checks a credential without an account; a forged one is 200 geldig: false',
      request: () => ({ body: { credential: 'eyJhbGciOiJub25lIn0.e30.AA' } }),
      verify: (res) => expect(res.body.geldig).toBe(false),
    },
  };
}
