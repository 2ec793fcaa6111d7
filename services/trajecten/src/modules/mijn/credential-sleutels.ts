import { readFileSync } from 'node:fs';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { loadEs256SigningKey } from '@wiz/platform';
import { TRAJECTEN_CONFIG, type TrajectenConfig } from '../../config/trajecten-config';
import { CREDENTIAL_ALG, type Vertrouwd } from './domain/credential';

const PRIVE_DELEN = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

/** A JWK with every private part removed: what may be published and what verification uses. */
function publiek(jwk: JWK): JWK {
  const kopie: JWK = { ...jwk };
  for (const deel of PRIVE_DELEN) delete kopie[deel];
  return { ...kopie, alg: CREDENTIAL_ALG, use: 'sig' };
}

function leesJson(bestand: string): unknown {
  return JSON.parse(readFileSync(bestand, 'utf8'));
}

/**
 * The credential keys: the private key that signs now (a P-256 JWK from CREDENTIAL_PRIVATE_JWK; outside
 * production made once under `.dev/credential-issuer/` by the development issuer's own key generation), and the
 * public keys published at /credentials/sleutels and trusted by verification: the current one plus every earlier
 * one listed in CREDENTIAL_PREVIOUS_JWKS. A rotation adds the old public key to that list, so a certificate printed
 * last year still verifies. Read once at start: a bad key stops the service then, not at the first download.
 */
@Injectable()
export class CredentialSleutels implements OnModuleInit {
  private prive?: JWK;
  private lijst: JWK[] = [];

  constructor(@Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig) {}

  async onModuleInit(): Promise<void> {
    const c = this.config.credentials;
    const prive = await loadEs256SigningKey(c.privateJwk, 'CREDENTIAL_PRIVATE_JWK', c.genereerInOntwikkeling);
    this.prive = { ...prive, kid: prive.kid ?? (await calculateJwkThumbprint(prive)) };
    const eerdere = c.eerdereSleutels.flatMap((bestand) => {
      const inhoud = leesJson(bestand) as JWK | { keys: JWK[] };
      return 'keys' in inhoud ? inhoud.keys : [inhoud];
    });
    const alle = [publiek(this.prive), ...eerdere.map(publiek)];
    if (alle.some((k) => !k.kid)) throw new Error('CREDENTIAL_PREVIOUS_JWKS: every key needs its kid');
    this.lijst = alle.filter((k, i) => alle.findIndex((a) => a.kid === k.kid) === i);
  }

  /** The key that signs new credentials. */
  ondertekenSleutel(): JWK {
    if (!this.prive) throw new Error('credential keys not loaded yet');
    return this.prive;
  }

  /** The JWKS: public keys only, the signing key first. */
  jwks(): { keys: JWK[] } {
    return { keys: this.lijst.map((k) => ({ ...k })) };
  }

  vertrouwd(): Vertrouwd {
    return { uitgever: this.config.credentials.uitgever, sleutels: this.lijst };
  }

  get uitgever(): string {
    return this.config.credentials.uitgever;
  }

  get verificatieUrl(): string {
    return this.config.credentials.verificatieUrl;
  }
}
