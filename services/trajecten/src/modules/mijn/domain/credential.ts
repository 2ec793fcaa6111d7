import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { Resultaat } from './resultaat';

/**
 * A result as a W3C Verifiable Credential (VC Data Model 2.0) secured as a JWT (VC-JOSE-COSE): the claims set is
 * the credential itself, the protected header says `typ: vc+jwt`. Plain functions over jose, no framework: the
 * service gives the keys. The holder's name is the only personal detail: no BSN, inwonerId or birth date, so a
 * credential shown to an employer says no more than the paper certificate.
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const CREDENTIAL_TYPE = 'WerkInZichtResultaat';
export const VC_JWT_TYP = 'vc+jwt';
/** One algorithm, pinned: verification never lets the token choose (no `none`, no HMAC with a public key). */
export const CREDENTIAL_ALG = 'ES256';
/** Longest credential we read: ours are about 1 kB; more is not ours and is not parsed. */
export const CREDENTIAL_MAX_LENGTH = 8_000;

export type ResultaatClaim = Omit<Resultaat, 'id'>;

export interface CredentialOnderwerp {
  naam: string;
  resultaat: ResultaatClaim;
}

export interface VerifiableCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: CredentialOnderwerp;
}

export interface Uitgifte {
  uitgever: string;
  onderwerp: CredentialOnderwerp;
  geldigVanaf: Date;
  geldigTot?: Date;
}

/** The unsecured credential: a fresh `urn:uuid` id that points to nothing about the person. */
export function credentialVan(u: Uitgifte): VerifiableCredential {
  return {
    '@context': [VC_CONTEXT],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', CREDENTIAL_TYPE],
    issuer: u.uitgever,
    validFrom: u.geldigVanaf.toISOString(),
    ...(u.geldigTot ? { validUntil: u.geldigTot.toISOString() } : {}),
    credentialSubject: { naam: u.onderwerp.naam, resultaat: { ...u.onderwerp.resultaat } },
  };
}

/** Signs the credential with the issuer's private P-256 key (a JWK with its `kid`): a compact JWS. */
export async function signeer(vc: VerifiableCredential, privateJwk: JWK): Promise<string> {
  if (!privateJwk.kid) throw new Error('the credential key needs a kid, so verifiers can find it after a rotation');
  const key = await importJWK(privateJwk, CREDENTIAL_ALG);
  return new SignJWT({ ...vc })
    .setProtectedHeader({ alg: CREDENTIAL_ALG, typ: VC_JWT_TYP, kid: privateJwk.kid })
    .sign(key);
}

export type OngeldigReden =
  'handtekening-ongeldig' | 'onbekende-sleutel' | 'verlopen' | 'onleesbaar' | 'ander-uitgever';

export type Verificatie =
  | { geldig: true; uitgegevenDoor: string; geldigVanaf: string; onderwerp: CredentialOnderwerp }
  | { geldig: false; reden: OngeldigReden };

export interface Vertrouwd {
  uitgever: string;
  /** Public keys by `kid`: the signing key and every earlier one still listed. */
  sleutels: readonly JWK[];
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ongeldig = (reden: OngeldigReden): Verificatie => ({ geldig: false, reden });

/**
 * Checks a credential against the issuer's own keys, in the order that gives the most useful reason: not a
 * vc+jwt at all (onleesbaar), another issuer's, a key we never listed, a bad signature (also any algorithm but
 * ES256), then the credential's shape and its validity period. Keys come only from our list by `kid`; a key the
 * token carries itself (`jwk`, `jku`, `x5u`) is never used.
 */
export async function verifieer(credential: string, vertrouwd: Vertrouwd, nu = new Date()): Promise<Verificatie> {
  if (credential.length > CREDENTIAL_MAX_LENGTH || !COMPACT_JWS.test(credential)) return ongeldig('onleesbaar');
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(credential);
    claims = decodeJwt(credential);
  } catch {
    return ongeldig('onleesbaar');
  }
  if (header.typ !== VC_JWT_TYP) return ongeldig('onleesbaar');
  if (header.alg !== CREDENTIAL_ALG) return ongeldig('handtekening-ongeldig');
  if (claims.issuer !== vertrouwd.uitgever) return ongeldig('ander-uitgever');
  const jwk = vertrouwd.sleutels.find((k) => typeof header.kid === 'string' && k.kid === header.kid);
  if (!jwk) return ongeldig('onbekende-sleutel');
  try {
    await jwtVerify(credential, await importJWK(jwk, CREDENTIAL_ALG), {
      algorithms: [CREDENTIAL_ALG],
      typ: VC_JWT_TYP,
      currentDate: nu,
    });
  } catch {
    return ongeldig('handtekening-ongeldig');
  }
  const vc = alsCredential(claims);
  if (!vc) return ongeldig('onleesbaar');
  const van = Date.parse(vc.validFrom);
  const tot = vc.validUntil === undefined ? Infinity : Date.parse(vc.validUntil);
  // Outside its validity period either way: we never sign one that starts later, so both read as expired.
  if (!(van <= nu.getTime() && nu.getTime() <= tot)) return ongeldig('verlopen');
  return { geldig: true, uitgegevenDoor: vc.issuer, geldigVanaf: vc.validFrom, onderwerp: vc.credentialSubject };
}

const tekst = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;
const SOORTEN = ['opleiding', 'praktijkverklaring', 'plaatsing'];
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const TIJDSTIP = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The signed claims as our credential, or undefined when they are not one (signed, yet not in our shape). */
function alsCredential(c: Record<string, unknown>): VerifiableCredential | undefined {
  const context = c['@context'];
  const type = c.type;
  const onderwerp = c.credentialSubject as Record<string, unknown> | undefined;
  const r = onderwerp?.resultaat as Record<string, unknown> | undefined;
  const klopt =
    Array.isArray(context) &&
    context[0] === VC_CONTEXT &&
    Array.isArray(type) &&
    type.includes('VerifiableCredential') &&
    type.includes(CREDENTIAL_TYPE) &&
    tekst(c.issuer) &&
    TIJDSTIP(c.validFrom) &&
    (c.validUntil === undefined || TIJDSTIP(c.validUntil)) &&
    typeof onderwerp === 'object' &&
    onderwerp !== null &&
    tekst(onderwerp.naam) &&
    typeof r === 'object' &&
    r !== null &&
    SOORTEN.includes(r.soort as string) &&
    tekst(r.omschrijving) &&
    typeof r.behaaldOp === 'string' &&
    DATUM.test(r.behaaldOp) &&
    tekst(r.organisatie);
  if (!klopt) return undefined;
  return {
    ...(c as unknown as VerifiableCredential),
    // Only the fields we define are handed back: anything else signed alongside is not ours to repeat.
    credentialSubject: {
      naam: onderwerp.naam as string,
      resultaat: {
        soort: r.soort as ResultaatClaim['soort'],
        omschrijving: r.omschrijving as string,
        behaaldOp: r.behaaldOp as string,
        organisatie: r.organisatie as string,
      },
    },
  };
}
