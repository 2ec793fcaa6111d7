import { generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { DEV_DIGID_AUDIENCE, DEV_DIGID_ISSUER, JwtVerifier } from '@wiz/platform';
import { ServiceTestApp, syntheticBsn } from '@wiz/platform/testing';
import { IntakeModule, INTAKE_API } from '../src/app.module';
import { bsnUitClaims } from '../src/modules/inwonersessies/domain/bsn-claim';
import { aanmelding } from './intake-test-app';

/**
 * Issue 20, inwoner login: intake exchanges a DigiD broker's ID token for an inwoner token every service accepts.
 * The BSN stays in intake (not in the answer, the token or the log); an unknown BSN is a plain-Dutch 404; a forged,
 * expired or other client's ID token 401; a merged person logs in as the kept record.
 */
describe('intake: inwoner sessions (DigiD exchange)', () => {
  // Logging on (tests are silent otherwise), to show the BSN is not in it.
  const t = new ServiceTestApp('intake', (config, env) => IntakeModule.register(config, env), INTAKE_API, {
    LOG_LEVEL: 'debug',
  });
  const logs: string[] = [];
  beforeAll(async () => {
    await t.start();
    // pino writes to process.stdout under jest (it finds stdout wrapped), to its file descriptor elsewhere.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => logs.push(String(chunk)) > 0);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.stop();
  });

  const wissel = (idToken: unknown) =>
    request(t.app.getHttpServer())
      .post('/api/v1/inwonersessies')
      .send(idToken === undefined ? {} : { idToken });
  const registreer = async (inwoner: Record<string, unknown>) =>
    (await (await t.as('frontoffice')).post('/api/v1/aanmeldingen', aanmelding({ inwoner })).expect(201)).body
      .inwonerId as string;

  it('exchanges a valid ID token for an inwoner token a service accepts, and audits the login', async () => {
    const bsn = syntheticBsn(2001);
    const inwonerId = await registreer({ bsn, voornaam: 'Sanne', achternaam: 'Jansen', gemeentecode: 'GM0014' });
    const res = await wissel(await t.run.digidToken({ bsn })).expect(201);
    expect(res.body).toEqual({ token: expect.any(String), verlooptOp: expect.any(String), inwonerId });
    const minuten = (Date.parse(res.body.verlooptOp) - Date.now()) / 60_000;
    expect(minuten).toBeGreaterThan(13);
    expect(minuten).toBeLessThanOrEqual(15);
    expect(await t.app.get(JwtVerifier).verify(res.body.token)).toMatchObject({
      subject: inwonerId,
      roles: ['inwoner'],
      organisatie: 'GM0014',
      inwonerId,
      naam: 'Sanne Jansen',
    });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(JSON.stringify(claims)).not.toContain(bsn);
    expect(
      await t.query(`SELECT rollen, actie, inwoner_ids::text[] AS ids FROM audit_log WHERE actie = 'inloggen'`),
    ).toEqual([{ rollen: ['inwoner'], actie: 'inloggen', ids: [inwonerId] }]);
    // Its keys are public, for AUTH_INWONER_JWKS_URL, without the private part.
    const jwks = (await request(t.app.getHttpServer()).get('/api/v1/inwonersessies/sleutels').expect(200)).body;
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    await eventuallyLogged();
    expect(logs.join('')).toMatch(/inwonersessies/);
    expect(logs.join('')).not.toContain(bsn);
  });

  it('answers an unknown BSN with 404 in plain Dutch', async () => {
    const res = await wissel(await t.run.digidToken({ bsn: syntheticBsn(2002) })).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/^U bent nog niet bij ons bekend\. Meld u aan bij/);
  });

  it('refuses a forged, expired or other client’s ID token, or one without a valid BSN, with 401', async () => {
    const bsn = syntheticBsn(2003);
    await registreer({ bsn });
    const { privateKey } = await generateKeyPair('ES256');
    const vervalst = await new SignJWT({ bsn })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('mallory')
      .setIssuer(DEV_DIGID_ISSUER)
      .setAudience(DEV_DIGID_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    for (const idToken of [
      vervalst,
      await t.run.digidToken({ bsn, expiresIn: '-2m' }),
      await t.run.digidToken({ bsn, audience: 'een-andere-client' }),
      await t.run.digidToken({ bsn, issuer: 'een-andere-broker' }),
      await t.run.digidToken({ bsn: '123456789' }),
      'geen.jwt.token',
    ]) {
      const res = await wissel(idToken).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await wissel(undefined).expect(400);
    await wissel(42).expect(400);
  });

  it('logs a merged person in as the kept record', async () => {
    const bsn = syntheticBsn(2004);
    const persoon = { achternaam: 'Samen', geboortedatum: '1979-03-03', postcode: '9723AB' };
    const behouden = await registreer(persoon);
    const vervallen = await registreer({ ...persoon, bsn });
    await (
      await t.as('frontoffice')
    )
      .post(`/api/v1/inwoners/${behouden}/samenvoegingen`, { vervallenInwonerId: vervallen, reden: 'Dubbel' })
      .expect(201);
    expect((await wissel(await t.run.digidToken({ bsn })).expect(201)).body.inwonerId).toBe(behouden);
  });

  it('reads the BSN from a configured claim: a name with colons, or a dotted path', () => {
    const bsn = syntheticBsn(2005);
    expect(bsnUitClaims({ 'urn:nl-eid-gdi:1.0:id:BSN': bsn }, 'urn:nl-eid-gdi:1.0:id:BSN')).toBe(bsn);
    expect(bsnUitClaims({ digid: { bsn } }, 'digid.bsn')).toBe(bsn);
    expect(bsnUitClaims({ bsn: '123456789' }, 'bsn')).toBeUndefined();
    expect(bsnUitClaims({}, 'bsn')).toBeUndefined();
  });

  /** The request log line is written after the answer; wait for it (a few ticks, no timing assertion). */
  async function eventuallyLogged() {
    for (let i = 0; i < 50 && !logs.join('').includes('inwonersessies'); i++)
      await new Promise((r) => setTimeout(r, 20));
  }
});
