import { base64url, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { credentialVan, signeer, verifieer, type Uitgifte, type Vertrouwd } from './credential';

const UITGEVER = 'https://werkinzicht.example/credentials';

async function sleutelpaar(kid: string): Promise<{ prive: JWK; publiek: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { prive: { ...(await exportJWK(privateKey)), kid }, publiek: { ...(await exportJWK(publicKey)), kid } };
}

const uitgifte = (geldigTot?: Date): Uitgifte => ({
  uitgever: UITGEVER,
  geldigVanaf: new Date('2026-03-01T10:00:00Z'),
  ...(geldigTot ? { geldigTot } : {}),
  onderwerp: {
    naam: 'J. de Vries',
    resultaat: {
      soort: 'praktijkverklaring',
      omschrijving: 'Praktijkverklaring behaald',
      behaaldOp: '2026-02-27',
      organisatie: 'Gemeente Groningen',
    },
  },
});

const NU = new Date('2026-03-02T00:00:00Z');
const [kop, inhoud, handtekening] = [0, 1, 2];
const delen = (jws: string) => jws.split('.');
const json = (deel: string) => JSON.parse(new TextDecoder().decode(base64url.decode(deel)));
const deel = (o: object) => base64url.encode(JSON.stringify(o));

describe('mijn: verifiable credential (vc+jwt)', () => {
  let huidig: { prive: JWK; publiek: JWK };
  let oud: { prive: JWK; publiek: JWK };
  let vreemd: { prive: JWK; publiek: JWK };
  let vertrouwd: Vertrouwd;
  let echt: string;

  beforeAll(async () => {
    [huidig, oud, vreemd] = await Promise.all([sleutelpaar('huidig'), sleutelpaar('oud'), sleutelpaar('vreemd')]);
    vertrouwd = { uitgever: UITGEVER, sleutels: [huidig.publiek, oud.publiek] };
    echt = await signeer(credentialVan(uitgifte()), huidig.prive);
  });

  it('is a VC 2.0 secured as a JWT: typ vc+jwt, ES256, our kid, the credential as the claims set, no person ids', () => {
    const [h, c] = delen(echt).map((d, i) => (i < 2 ? json(d) : d));
    expect(h).toEqual({ alg: 'ES256', typ: 'vc+jwt', kid: 'huidig' });
    expect(c).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      type: ['VerifiableCredential', 'WerkInZichtResultaat'],
      issuer: UITGEVER,
      validFrom: '2026-03-01T10:00:00.000Z',
      credentialSubject: uitgifte().onderwerp,
    });
  });

  it('verifies a genuine one, also one signed with an earlier key still listed', async () => {
    expect(await verifieer(echt, vertrouwd, NU)).toEqual({
      geldig: true,
      uitgegevenDoor: UITGEVER,
      geldigVanaf: '2026-03-01T10:00:00.000Z',
      onderwerp: uitgifte().onderwerp,
    });
    const vanVoorDeRotatie = await signeer(credentialVan(uitgifte()), oud.prive);
    expect((await verifieer(vanVoorDeRotatie, vertrouwd, NU)).geldig).toBe(true);
  });

  it('refuses a changed payload under the original signature', async () => {
    const d = delen(echt);
    const c = json(d[inhoud]);
    c.credentialSubject.naam = 'Iemand Anders';
    const vervalst = [d[kop], deel(c), d[handtekening]].join('.');
    expect(await verifieer(vervalst, vertrouwd, NU)).toEqual({ geldig: false, reden: 'handtekening-ongeldig' });
  });

  it('refuses a key we never listed, and another key under our kid', async () => {
    const vreemdeKid = await signeer(credentialVan(uitgifte()), vreemd.prive);
    expect(await verifieer(vreemdeKid, vertrouwd, NU)).toEqual({ geldig: false, reden: 'onbekende-sleutel' });
    const onzeKid = await signeer(credentialVan(uitgifte()), { ...vreemd.prive, kid: 'huidig' });
    expect(await verifieer(onzeKid, vertrouwd, NU)).toEqual({ geldig: false, reden: 'handtekening-ongeldig' });
  });

  it('refuses alg none and HS256 (also keyed with our public key), and a wrong typ', async () => {
    const d = delen(echt);
    const geenAlg = [deel({ alg: 'none', typ: 'vc+jwt', kid: 'huidig' }), d[inhoud], ''].join('.');
    expect(await verifieer(geenAlg, vertrouwd, NU)).toEqual({ geldig: false, reden: 'onleesbaar' });
    const geenAlgMetHandtekening = [deel({ alg: 'none', typ: 'vc+jwt', kid: 'huidig' }), d[inhoud], 'AA'].join('.');
    expect(await verifieer(geenAlgMetHandtekening, vertrouwd, NU)).toEqual({
      geldig: false,
      reden: 'handtekening-ongeldig',
    });
    const hmac = await new SignJWT(json(d[inhoud]))
      .setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', kid: 'huidig' })
      .sign(new TextEncoder().encode(JSON.stringify(huidig.publiek)));
    expect(await verifieer(hmac, vertrouwd, NU)).toEqual({ geldig: false, reden: 'handtekening-ongeldig' });
    const anderTyp = await new SignJWT(json(d[inhoud]))
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: 'huidig' })
      .sign(await importeer(huidig.prive));
    expect(await verifieer(anderTyp, vertrouwd, NU)).toEqual({ geldig: false, reden: 'onleesbaar' });
  });

  it('says whose it is when another issuer made it, and when it has expired', async () => {
    const ander = await signeer(credentialVan({ ...uitgifte(), uitgever: 'https://elders.example' }), huidig.prive);
    expect(await verifieer(ander, vertrouwd, NU)).toEqual({ geldig: false, reden: 'ander-uitgever' });
    const kort = await signeer(credentialVan(uitgifte(new Date('2026-03-01T12:00:00Z'))), huidig.prive);
    expect(await verifieer(kort, vertrouwd, NU)).toEqual({ geldig: false, reden: 'verlopen' });
    expect((await verifieer(kort, vertrouwd, new Date('2026-03-01T11:00:00Z'))).geldig).toBe(true);
  });

  it('reads garbage as unreadable, and a signed token of another shape too', async () => {
    for (const rommel of ['', 'abc', 'a.b', 'a.b.c', `${echt}.x`, 'é.é.é', 'x'.repeat(9000)])
      expect(await verifieer(rommel, vertrouwd, NU)).toEqual({ geldig: false, reden: 'onleesbaar' });
    const zonderOnderwerp = await new SignJWT({ ...json(delen(echt)[inhoud]), credentialSubject: { naam: 'x' } })
      .setProtectedHeader({ alg: 'ES256', typ: 'vc+jwt', kid: 'huidig' })
      .sign(await importeer(huidig.prive));
    expect(await verifieer(zonderOnderwerp, vertrouwd, NU)).toEqual({ geldig: false, reden: 'onleesbaar' });
  });
});

const importeer = (jwk: JWK) => importJWK(jwk, 'ES256');
