import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { BsnVault } from '../../identity/bsn-vault';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { InwonerView, leesInwoner } from '../inwoner.view';

/** One inwoner as the caller's organisation knows them; reading personal data is audited in the same transaction. */
@Injectable()
export class GetInwoner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
  ) {}

  execute(inwonerId: string, wie: Principal): Promise<InwonerView> {
    return this.transactions.run(async (manager) => {
      const inwoner = await leesInwoner(manager, this.vault, inwonerId, wie);
      if (!inwoner) throw new InwonerOnbekend(inwonerId);
      await this.audit.schrijf(manager, wie, 'inzage', [inwonerId], 'dienstverlening');
      return inwoner;
    });
  }
}
