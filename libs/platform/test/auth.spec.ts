import request from 'supertest';
import { probeTestApp } from './helpers';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { DEV_AUDIENCE, DEV_ISSUER, INWONER_ISSUER } from '../src';
import { JwtVerifier } from '../src/auth/jwt-verifier';
import { mintToken } from '../src/auth/dev-issuer';

describe('bearer token authentication and role authorisation', () => {
  const t = probeTestApp();
  const run = t.run;
  let app: NestFastifyApplication;
  const post = (token?: string) => {
    const r = request(app.getHttpServer()).post('/api/v1/probes').send({ naam: 'x' });
    return token === undefined ? r : r.set('Authorization', `Bearer ${token}`);
  };
  const expectRefused = async (token: string | undefined, detail: RegExp) => {
    const res = await post(token).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(detail);
  };

  beforeAll(async () => {
    app = (await t.start()).app;
  });
  afterAll(() => t.stop());

  it('accepts a valid token with an allowed role', async () => {
    await post(await run.token({ role: 'beheer', organisatie: 'GM0014' })).expect(201);
  });

  it('refuses a request without a token', async () => {
    await expectRefused(undefined, /bearer token is required/);
  });

  it('refuses an expired token', async () => {
    await expectRefused(await run.token({ role: 'beheer', organisatie: 'GM0014', expiresIn: '-2m' }), /expired/);
  });

  it('refuses a token it accepted before once that token has expired', async () => {
    const token = await run.token({ role: 'beheer', organisatie: 'GM0014', expiresIn: '1h' });
    await post(token).expect(201);
    // Two hours on for Date only (timers keep running, so HTTP still works).
    jest.useFakeTimers({
      now: Date.now() + 2 * 3600_000,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      await expectRefused(token, /expired/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const jwks = JSON.parse(readFileSync(fileURLToPath(run.env.AUTH_JWKS_URL!), 'utf8'));
    const foreign = await new SignJWT({ roles: ['beheer'], organisatie: 'GM0014' })
      .setProtectedHeader({ alg: 'ES256', kid: jwks.keys[0].kid })
      .setSubject('mallory')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectRefused(foreign, /signature invalid/);
  });

  it('refuses alg none', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', roles: ['beheer'], organisatie: 'GM0014', iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    await expectRefused(unsigned, /refused/);
  });

  it('refuses an HMAC token signed with the public key (algorithm confusion)', async () => {
    const jwks = JSON.parse(readFileSync(fileURLToPath(run.env.AUTH_JWKS_URL!), 'utf8'));
    const secret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
    const confused = await new SignJWT({ roles: ['beheer'], organisatie: 'GM0014' })
      .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
      .setSubject('mallory')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('1h')
      .sign(secret);
    await expectRefused(confused, /algorithm not allowed/);
  });

  it('refuses a tampered token', async () => {
    const token = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.roles = ['beheer'];
    await expectRefused(`${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`, /signature invalid/);
  });

  it('refuses a token for another audience', async () => {
    await expectRefused(
      await run.token({ role: 'beheer', organisatie: 'GM0014', audience: 'someone-else' }),
      /claim aud invalid|token invalid/,
    );
  });

  it('answers 403 for a valid token with the wrong role', async () => {
    const res = await post(await run.token({ role: 'frontoffice', organisatie: 'GM0014' })).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("reads the caller's team from the optional team claim, and no team without one", async () => {
    const verifier = app.get(JwtVerifier);
    const metTeam = await verifier.verify(await run.token({ role: 'consulent', organisatie: 'GM0014', team: 'west' }));
    expect(metTeam.team).toBe('west');
    const zonder = await verifier.verify(await run.token({ role: 'consulent', organisatie: 'GM0014' }));
    expect(zonder).not.toHaveProperty('team');
  });

  describe("the inwoner-session issuer (intake's DigiD exchange)", () => {
    const inwonerId = '0b7c5d3e-4f1a-4c2b-9d8e-6a5f4e3d2c1b';
    /** Signs claims with one of the run's two issuer keys, whatever `iss` the claims name. */
    const sign = async (keyFile: string, claims: Record<string, unknown>) => {
      const jwk = JSON.parse(readFileSync(keyFile, 'utf8'));
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('15m')
        .sign(await importJWK(jwk, 'ES256'));
    };
    const inwonerKey = () => run.env.INWONER_SESSIE_PRIVATE_JWK!;
    const staffKey = () => fileURLToPath(run.env.AUTH_JWKS_URL!).replace(/jwks\.json$/, 'private.jwk.json');

    it('makes the person themself: role inwoner only, subject and inwonerId their id, their gemeentecode, naam', async () => {
      const principal = await app.get(JwtVerifier).verify(
        await sign(inwonerKey(), {
          iss: INWONER_ISSUER,
          sub: inwonerId,
          inwonerId,
          organisatie: 'GM0363',
          name: 'Sanne Jansen',
          roles: ['beheer'],
        }),
      );
      expect(principal).toMatchObject({
        subject: inwonerId,
        roles: ['inwoner'],
        organisatie: 'GM0363',
        inwonerId,
        naam: 'Sanne Jansen',
      });
      // The roles claim counted for nothing: beheer's route refuses the inwoner.
      await post(await run.inwonerToken(inwonerId)).expect(403);
    });

    it("refuses a token naming the inwoner issuer but signed with the staff issuer's key (forged issuer)", async () => {
      await expectRefused(
        await sign(staffKey(), { iss: INWONER_ISSUER, sub: inwonerId, inwonerId, organisatie: 'GM0014' }),
        /unknown key|signature invalid/,
      );
    });

    it('refuses a staff-issuer token signed with the inwoner key', async () => {
      await expectRefused(
        await sign(inwonerKey(), { iss: DEV_ISSUER, sub: 'mallory', roles: ['beheer'], organisatie: 'GM0014' }),
        /unknown key|signature invalid/,
      );
    });

    it('refuses an inwoner token without a uuid inwonerId', async () => {
      await expectRefused(
        await sign(inwonerKey(), { iss: INWONER_ISSUER, sub: inwonerId, organisatie: 'GM0014' }),
        /no inwonerId/,
      );
      await expectRefused(
        await sign(inwonerKey(), { iss: INWONER_ISSUER, sub: '123', inwonerId: '123', organisatie: 'GM0014' }),
        /no inwonerId/,
      );
    });

    it('drops the role inwoner from a staff token, and reads its name', async () => {
      const principal = await app.get(JwtVerifier).verify(
        await sign(staffKey(), {
          iss: DEV_ISSUER,
          sub: 'medewerker-1',
          roles: ['inwoner', 'consulent'],
          organisatie: 'GM0014',
          name: 'J. de Vries',
          inwonerId,
        }),
      );
      expect(principal.roles).toEqual(['consulent']);
      expect(principal.naam).toBe('J. de Vries');
      expect(principal).not.toHaveProperty('inwonerId');
    });

    it("gives a development token's name (the dev login's naam) as the name claim", async () => {
      const privateJwk = JSON.parse(readFileSync(staffKey(), 'utf8'));
      const token = await mintToken(privateJwk, { role: 'consulent', organisatie: 'GM0014', naam: 'jdevries' });
      expect((await app.get(JwtVerifier).verify(token)).naam).toBe('jdevries');
      const zonder = await mintToken(privateJwk, { role: 'consulent', organisatie: 'GM0014' });
      expect(await app.get(JwtVerifier).verify(zonder)).not.toHaveProperty('naam');
    });
  });

  it('leaves health and the OpenAPI document open', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/api/v1/openapi.json').expect(200);
  });
});
