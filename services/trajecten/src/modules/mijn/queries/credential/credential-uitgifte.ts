import { Injectable } from '@nestjs/common';
import { problemException, type Principal } from '@wiz/platform';
import { EigenInzage } from '../../eigen-inzage';
import { CredentialSleutels } from '../../credential-sleutels';
import { credentialVan, signeer } from '../../domain/credential';
import type { Resultaat } from '../../domain/resultaat';
import { MijnResultatenQuery } from '../mijn-resultaten/mijn-resultaten.query';

export interface Uitgegeven {
  resultaat: Resultaat;
  naam: string;
  credential: string;
}

/**
 * Issues one of the caller's results as a signed credential, for the JSON route and the certificate alike. The
 * name comes from the login (trajecten stores none); the result is found only among the caller's own (404
 * otherwise). Audited: a credential leaves the system with the person's name on it.
 */
@Injectable()
export class CredentialUitgifte {
  constructor(
    private readonly inzage: EigenInzage,
    private readonly resultaten: MijnResultatenQuery,
    private readonly sleutels: CredentialSleutels,
  ) {}

  geef(wie: Principal, resultaatId: string, actie: string): Promise<Uitgegeven> {
    return this.inzage.lees(wie, actie, { soort: 'resultaat', id: resultaatId }, async (m, inwonerId) => {
      const resultaat = await this.resultaten.een(m, inwonerId, resultaatId);
      const naam = wie.naam?.trim();
      if (!naam)
        throw problemException(409, 'Your login carries no name to put on the certificate; log in again with DigiD.');
      const { id: _id, ...claim } = resultaat;
      const vc = credentialVan({
        uitgever: this.sleutels.uitgever,
        onderwerp: { naam, resultaat: claim },
        geldigVanaf: new Date(),
      });
      return { resultaat, naam, credential: await signeer(vc, this.sleutels.ondertekenSleutel()) };
    });
  }
}
