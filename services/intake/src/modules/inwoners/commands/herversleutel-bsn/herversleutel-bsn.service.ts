import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { BsnSleutels } from '../../database/bsn-sleutels';
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
    private readonly sleutels: BsnSleutels,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
  ) {}

  execute(wie: Principal): Promise<{ herversleuteld: number; resterend: number }> {
    return this.transactions.run(async (manager) => {
      const actief = this.vault.activeKeyId;
      const oud = await this.sleutels.onderOudeSleutel(manager, actief, BATCH);
      for (const { inwonerId, ...bsn } of oud) {
        const nieuw = this.vault.encrypt(this.vault.decrypt(bsn, inwonerId), inwonerId);
        await this.sleutels.vervang(manager, inwonerId, nieuw);
      }
      await this.audit.schrijf(
        manager,
        wie,
        'bsn-herversleutelen',
        oud.map((b) => b.inwonerId),
        'sleutelrotatie',
      );
      return { herversleuteld: oud.length, resterend: await this.sleutels.aantalOnderOudeSleutel(manager, actief) };
    });
  }
}
