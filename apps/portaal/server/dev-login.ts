import type { FastifyInstance } from 'fastify';

export const ROLLEN = ['frontoffice', 'consulent', 'werkgeversteam', 'financien', 'monitor', 'beheer'] as const;
export type Rol = (typeof ROLLEN)[number];
export type MintToken = (req: { role: Rol[]; organisatie: string; subject: string }) => Promise<string>;

const ORGANISATIE = /^(GM\d{4}|UWV|talentperron|leerwerkloket|wiz)$/;

/**
 * The development login: the browser picks a role and an organisation and gets a token signed by the local
 * development issuer, the same one `npm run token` uses. Registered only outside production.
 */
export async function devLoginRoutes(app: FastifyInstance, options: { mintToken: MintToken }): Promise<void> {
  app.post('/portaal/dev-token', async (request, reply) => {
    const body = (request.body ?? {}) as { rol?: unknown; organisatie?: unknown; naam?: unknown };
    const errors: { field: string; message: string }[] = [];
    if (!ROLLEN.includes(body.rol as Rol))
      errors.push({ field: 'rol', message: `must be one of ${ROLLEN.join(', ')}` });
    if (typeof body.organisatie !== 'string' || !ORGANISATIE.test(body.organisatie))
      errors.push({
        field: 'organisatie',
        message: 'must be a gemeentecode (GM0014) or UWV, talentperron, leerwerkloket, wiz',
      });
    if (errors.length)
      return reply
        .code(400)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'invalid login', errors });
    const naam = typeof body.naam === 'string' && /^[\w.-]{1,40}$/.test(body.naam) ? body.naam : `dev-${body.rol}`;
    return {
      token: await options.mintToken({
        role: [body.rol as Rol],
        organisatie: body.organisatie as string,
        subject: naam,
      }),
    };
  });
}
