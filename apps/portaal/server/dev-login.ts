import type { FastifyInstance } from 'fastify';
import { isValidBsn, OrganisatieSchema, REGIONALE_ORGANISATIES } from '@wiz/contracts';
import { ROLES, type Role } from '@wiz/platform/dist/auth/principal.js';

// The roles the services know: the login hands out no role they would refuse.
export const ROLLEN = ROLES;
export type Rol = Role;
export type MintToken = (req: {
  role: Rol[];
  organisatie: string;
  subject: string;
  team?: string;
  naam?: string;
}) => Promise<string>;
/** Signs a DigiD broker's ID token for a BSN (the development broker: the dev issuer's key). */
export type MintDigidToken = (req: { bsn: string }) => Promise<string>;

/** A test person as front office registers them (intake's inwoner at POST /aanmeldingen); naam as the login shows it. */
const testinwoner = <const P extends { voornaam: string; achternaam: string; bsn: string }>(p: P) => ({
  ...p,
  naam: `${p.voornaam} ${p.achternaam}` as `${P['voornaam']} ${P['achternaam']}`,
});

/**
 * The development DigiD login's test persons, in one place: the portaal's login page offers them, browser tests
 * register them at the desk with these BSNs, and `npm start` registers them in the local system once intake is up
 * (scripts/lib/testinwoners.mjs, reading this list from the built portaal). Valid (elfproef) BSNs from the 99999
 * test range, no real person's; made-up addresses in Groningen. A person must have been registered with the BSN
 * before they can log in (intake answers 404 otherwise).
 */
export const TESTINWONERS = [
  testinwoner({
    bsn: '999990019',
    voornaam: 'Fatima',
    achternaam: 'El Amrani',
    geboortedatum: '1991-04-12',
    postcode: '9712CD',
    huisnummer: '14',
    gemeentecode: 'GM0014',
  }),
  testinwoner({
    bsn: '999990020',
    voornaam: 'Gerrit',
    achternaam: 'de Boer',
    geboortedatum: '1968-09-30',
    postcode: '9726AB',
    huisnummer: '3',
    gemeentecode: 'GM0014',
  }),
  testinwoner({
    bsn: '999990032',
    voornaam: 'Sanne',
    achternaam: 'Jansen',
    geboortedatum: '1988-05-17',
    postcode: '9712CD',
    huisnummer: '3',
    gemeentecode: 'GM0014',
  }),
];

/** A team name as the services take it (medewerkers' team, at most 100 characters); no control characters. */
const TEAM = /^[\p{L}\p{N} ._-]{1,100}$/u;

/**
 * The development login: the browser picks a role, an organisation and optionally a team, and gets a token signed
 * by the local development issuer, the same one `npm run token` uses. Registered only outside production.
 */
export async function devLoginRoutes(
  app: FastifyInstance,
  options: { mintToken: MintToken; mintDigidToken?: MintDigidToken },
): Promise<void> {
  const { mintDigidToken } = options;
  if (mintDigidToken) {
    app.get('/portaal/dev-inwoners', async () => ({ items: TESTINWONERS.map(({ naam, bsn }) => ({ naam, bsn })) }));
    // Plays the DigiD broker: the browser exchanges this ID token at intake as it would the real broker's.
    app.post('/portaal/dev-digid', async (request, reply) => {
      const bsn = (request.body as { bsn?: unknown } | undefined)?.bsn;
      if (typeof bsn !== 'string' || !isValidBsn(bsn))
        return reply
          .code(400)
          .type('application/problem+json')
          .send({
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'invalid login',
            errors: [{ field: 'bsn', message: 'must be 9 digits passing the elfproef' }],
          });
      return { idToken: await mintDigidToken({ bsn }) };
    });
  }

  app.post('/portaal/dev-token', async (request, reply) => {
    const body = (request.body ?? {}) as { rol?: unknown; organisatie?: unknown; naam?: unknown; team?: unknown };
    const errors: { field: string; message: string }[] = [];
    if (!ROLLEN.includes(body.rol as Rol))
      errors.push({ field: 'rol', message: `must be one of ${ROLLEN.join(', ')}` });
    if (!OrganisatieSchema.safeParse(body.organisatie).success)
      errors.push({
        field: 'organisatie',
        message: `must be a gemeentecode (GM0014) or ${REGIONALE_ORGANISATIES.join(', ')}`,
      });
    if (body.team !== undefined && (typeof body.team !== 'string' || !TEAM.test(body.team)))
      errors.push({ field: 'team', message: 'must be 1 to 100 letters, digits, spaces, dots, dashes or underscores' });
    if (errors.length)
      return reply
        .code(400)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'invalid login', errors });
    const gekozen = typeof body.naam === 'string' && /^[\w.-]{1,40}$/.test(body.naam) ? body.naam : undefined;
    return {
      token: await options.mintToken({
        role: [body.rol as Rol],
        organisatie: body.organisatie as string,
        subject: gekozen ?? `dev-${body.rol}`,
        ...(gekozen ? { naam: gekozen } : {}),
        ...(typeof body.team === 'string' ? { team: body.team } : {}),
      }),
    };
  });
}
