import { Inject, Injectable } from '@nestjs/common';
import {
  AuditTrail,
  PlatformConfig,
  Principal,
  problemException,
  signInwonerToken,
  TransactionRunner,
} from '@wiz/platform';
import { BsnVault } from '../../../inwoners/identity/bsn-vault';
import { InwonerLoginRepository } from '../../database/inwoner-login.repository';
import { bsnUitClaims, weergavenaam } from '../../domain/bsn-claim';
import { DigidVerifier, OngeldigIdToken } from '../../identity/digid-verifier';
import { INWONERSESSIE_CONFIG, SESSIE_SLEUTEL } from '../../inwonersessie.tokens';
import type { SessieSleutel } from '../../identity/sessie-sleutel';
import type { InwonersessieConfig } from '../../inwonersessie-config';

/** An inwoner session lasts this long; the portaal signs in again after it (DigiD itself keeps its own session). */
export const SESSIE_MINUTEN = 15;

export interface Inwonersessie {
  token: string;
  verlooptOp: string;
  inwonerId: string;
}

/**
 * Exchanges a DigiD broker's ID token for an inwoner token every service accepts: the BSN is read from the ID token,
 * looked up by its keyed hash, and never leaves intake; the token names the person by inwonerId only. The login
 * itself is written to the person's audit trail ('inloggen').
 */
@Injectable()
export class StartInwonersessie {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly digid: DigidVerifier,
    private readonly vault: BsnVault,
    private readonly inwoners: InwonerLoginRepository,
    private readonly audit: AuditTrail,
    private readonly platform: PlatformConfig,
    @Inject(SESSIE_SLEUTEL) private readonly sleutel: SessieSleutel,
    @Inject(INWONERSESSIE_CONFIG) private readonly config: InwonersessieConfig,
  ) {}

  async execute(idToken: string): Promise<Inwonersessie> {
    const bsn = await this.bsnUit(idToken);
    return this.transactions.run(async (m) => {
      const inwoner = await this.inwoners.metBsnHash(m, this.vault.lookupHash(bsn));
      if (!inwoner)
        throw problemException(
          404,
          'U bent nog niet bij ons bekend. Meld u aan bij het Werkplein van uw gemeente, dan kunt u daarna hier inloggen.',
        );
      const naam = weergavenaam(inwoner.voornaam, inwoner.achternaam);
      const wie: Principal = {
        subject: inwoner.inwonerId,
        roles: ['inwoner'],
        organisatie: inwoner.gemeentecode,
        inwonerId: inwoner.inwonerId,
        naam,
      };
      await this.audit.schrijf(m, wie, {
        actie: 'inloggen',
        doel: 'mijn-werk-in-zicht',
        wat: { soort: 'inwonersessie', id: inwoner.inwonerId },
        inwonerIds: [inwoner.inwonerId],
      });
      const token = await signInwonerToken(this.sleutel.prive, {
        inwonerId: inwoner.inwonerId,
        gemeentecode: inwoner.gemeentecode,
        naam,
        issuer: this.platform.auth.inwoner.issuer,
        audience: this.platform.auth.audience,
        expiresIn: `${SESSIE_MINUTEN}m`,
      });
      const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
      return { token, verlooptOp: new Date(exp * 1000).toISOString(), inwonerId: inwoner.inwonerId };
    });
  }

  /** The BSN from a valid ID token; 401 for anything else (no detail on why: a forger learns nothing). */
  private async bsnUit(idToken: string): Promise<string> {
    try {
      const bsn = bsnUitClaims(await this.digid.verifieer(idToken), this.config.digid.bsnClaim);
      if (bsn) return bsn;
    } catch (err) {
      if (!(err instanceof OngeldigIdToken)) throw err;
    }
    throw problemException(401, 'Uw DigiD-inlogbewijs is ongeldig of verlopen. Log opnieuw in met DigiD.');
  }
}
