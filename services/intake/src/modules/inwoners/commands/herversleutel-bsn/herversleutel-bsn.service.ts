import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { InwonerRepository } from '../../database/inwoner.repository';
import { BsnVault } from '../../identity/bsn-vault';

const BATCH = 500;

/**
 * Key rotation, second half: after a new key is made active, beheer calls this until `resterend` is 0; each call
 * re-encrypts a batch of BSNs still under an older key. Old keys can then be removed from the configuration.
 */
@Injectable()
export class HerversleutelBsn {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly inwoners: InwonerRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(wie: Principal): Promise<{ herversleuteld: number; resterend: number }> {
    return this.transactions.run(async (manager) => {
      const actief = this.vault.activeKeyId;
      const oud = await this.inwoners.bsnOnderOudeSleutel(manager, actief, BATCH);
      for (const { inwonerId, ...bsn } of oud) {
        const nieuw = this.vault.encrypt(this.vault.decrypt(bsn, inwonerId), inwonerId);
        await this.inwoners.vervangBsn(manager, inwonerId, nieuw);
      }
      await this.audit.schrijf(manager, wie, {
        actie: 'bsn-herversleutelen',
        doel: 'sleutelrotatie',
        wat: { soort: 'bsn-sleutel', id: null },
        inwonerIds: oud.map((b) => b.inwonerId),
      });
      return { herversleuteld: oud.length, resterend: await this.inwoners.aantalBsnOnderOudeSleutel(manager, actief) };
    });
  }
}
