import type { Cell, RuleTable } from '@wiz/platform/testing';
import { scoped } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

type Registreer = (
  cell: Cell,
  overrides?: Parameters<typeof aanmelding>[0],
) => Promise<{ id: string; inwonerId: string }>;

/**
 * The authorization matrix rules of correction, merge and identification (issue 19). Scoped as every change of an
 * inwoner: the caller's organisation must see the person (404 otherwise), beheer sees all. A cell that may change
 * state gets a fresh fixture, or (for a correction) the version it changes.
 */
export function identiteitRegels(t: IntakeTestApp, registreer: Registreer, begeleid: (cell: Cell) => Promise<string>) {
  let n = 0;
  const uniek = () => `Matrixid${++n}`;
  const versie = async (inwonerId: string) =>
    `"${(await t.query<{ versie: number }>('SELECT versie FROM inwoners WHERE id = $1', [inwonerId]))[0].versie}"`;
  const paar = async (cell: Cell) => {
    const persoon = { inwoner: { achternaam: uniek(), geboortedatum: '1970-01-01', postcode: '9711AB' } };
    return [(await registreer(cell, persoon)).inwonerId, (await registreer(cell, persoon)).inwonerId];
  };
  const anoniem = async (cell: Cell) => {
    const { inwoner: _identiteit, ...rest } = aanmelding();
    const body = { ...rest, kanaal: 'talentperron', anoniem: true, inwoner: { roepnaam: 'Matrix' } };
    const fo = await t.as('frontoffice', cell.organisations.own);
    return (await fo.post('/api/v1/aanmeldingen', body).expect(201)).body.inwonerId as string;
  };
  const leeg = '00000000-0000-4000-8000-000000000000';

  const rules: RuleTable = {
    'PATCH /api/v1/inwoners/:inwonerId': {
      roles: ['frontoffice', 'beheer', 'consulent', 'teamleider'],
      ...scoped(200),
      why: 'who may read the person may correct them: their organisation’s front office, its consulent or teamleider holding a traject, beheer',
      request: async (cell) => {
        const inwonerId = await begeleid(cell);
        const body = { voornaam: `Matrix ${cell.role} ${cell.side}`, reden: 'matrix' };
        return { params: { inwonerId }, body, headers: { 'If-Match': await versie(inwonerId) } };
      },
    },
    'GET /api/v1/inwoners/:inwonerId/wijzigingen': {
      roles: ['frontoffice', 'beheer', 'consulent', 'teamleider'],
      ...scoped(200),
      request: async (cell) => ({ params: { inwonerId: await begeleid(cell) } }),
    },
    'POST /api/v1/inwoners/:behoudenId/samenvoegingen': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(201),
      request: async (cell) => {
        const [behoudenId, vervallenInwonerId] = cell.allowed ? await paar(cell) : [leeg, leeg];
        return { params: { behoudenId }, body: { vervallenInwonerId, reden: 'matrix' } };
      },
    },
    'POST /api/v1/inwoners/:inwonerId/verschillend': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(200),
      request: async (cell) => {
        const [inwonerId, anderInwonerId] = await cell.shared('verschillend', () => paar(cell));
        return { params: { inwonerId }, body: { anderInwonerId } };
      },
    },
    'POST /api/v1/inwoners/:inwonerId/identificatie': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { inwonerId: cell.allowed ? await anoniem(cell) : leeg },
        body: aanmelding({ inwoner: { achternaam: uniek() } }).inwoner,
      }),
    },
  };
  return rules;
}
