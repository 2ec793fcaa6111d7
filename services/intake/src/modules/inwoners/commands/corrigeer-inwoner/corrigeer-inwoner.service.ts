import { Injectable } from '@nestjs/common';
import { InwonerVerhuisd } from '@wiz/contracts';
import { Outbox, Principal, problemException, TransactionRunner, AuditTrail } from '@wiz/platform';
import { InwonerRepository } from '../../database/inwoner.repository';
import { InwonerWijzigingen } from '../../database/inwoner-wijzigingen';
import { InwonerRegister } from '../../identity/inwoner-register';
import { Correctie, CorrigeerbaarVeld, nadien, veldwijzigingen, verhuizing } from '../../domain/correctie';
import { dubbelSleutel } from '../../domain/dubbel-sleutel';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { InwonerSamengevoegd } from '../../domain/correctie-fouten';
import { versieInIfMatch } from '../../domain/versie';
import { InwonerToegang } from '../inwoner-toegang';

export interface Correctieresultaat {
  inwonerId: string;
  versie: number;
  gewijzigdeVelden: CorrigeerbaarVeld[];
  verhuisd: boolean;
}

/**
 * Corrects the held identity of an inwoner: every changed field kept old → new in the history with who, when and
 * why, under the next version (If-Match required), the duplicate key recomputed and new likely duplicates flagged.
 * Another gemeente is a move: inwoner-verhuisd goes out in the same transaction. Sending what is held changes nothing.
 */
@Injectable()
export class CorrigeerInwoner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly inwoners: InwonerRepository,
    private readonly wijzigingen: InwonerWijzigingen,
    private readonly register: InwonerRegister,
    private readonly toegang: InwonerToegang,
    private readonly audit: AuditTrail,
  ) {}

  execute(
    inwonerId: string,
    correctie: Correctie,
    reden: string,
    ifMatch: string | undefined,
    wie: Principal,
  ): Promise<Correctieresultaat> {
    if (ifMatch === undefined)
      throw problemException(428, 'Send If-Match with the ETag of the inwoner you read (its versie).');
    return this.transactions.run(async (m) => {
      await this.toegang.eis(m, inwonerId, wie);
      const gehouden = await this.inwoners.laadGehouden(m, inwonerId);
      if (!gehouden) throw new InwonerOnbekend(inwonerId);
      if (gehouden.samengevoegdIn) throw new InwonerSamengevoegd(inwonerId, gehouden.samengevoegdIn);
      if (versieInIfMatch(ifMatch) !== gehouden.versie)
        throw problemException(412, `The inwoner changed meanwhile: its versie is ${gehouden.versie}. Read it again.`);
      const wijzigingen = veldwijzigingen(gehouden.gegevens, correctie);
      if (wijzigingen.length === 0)
        return { inwonerId, versie: gehouden.versie, gewijzigdeVelden: [], verhuisd: false };
      const nu = new Date();
      const versie = gehouden.versie + 1;
      const nieuw = nadien(gehouden.gegevens, wijzigingen);
      const sleutel =
        nieuw.achternaam && gehouden.geboortedatum && nieuw.postcode
          ? dubbelSleutel(nieuw.achternaam, gehouden.geboortedatum, nieuw.postcode)
          : null;
      await this.inwoners.corrigeer(m, inwonerId, nieuw, versie, sleutel);
      await this.wijzigingen.voegToe(m, inwonerId, versie, wijzigingen, reden, wie, nu);
      if (sleutel) await this.register.markeerDubbelen(m, inwonerId, sleutel, gehouden.heeftBsn);
      const verhuisd = verhuizing(wijzigingen);
      if (verhuisd) {
        const data = { inwonerId, vanGemeentecode: verhuisd.van, naarGemeentecode: verhuisd.naar };
        await this.outbox.add(m, InwonerVerhuisd, { ...data, verhuisdOp: nu.toISOString() }, { subject: inwonerId });
      }
      await this.audit.schrijf(m, wie, {
        actie: 'vastleggen',
        doel: 'inwoner-corrigeren',
        wat: { soort: 'inwoner', id: inwonerId },
        inwonerIds: [inwonerId],
      });
      return { inwonerId, versie, gewijzigdeVelden: wijzigingen.map((w) => w.veld), verhuisd: !!verhuisd };
    });
  }
}
