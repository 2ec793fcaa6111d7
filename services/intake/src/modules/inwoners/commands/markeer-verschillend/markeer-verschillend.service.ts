import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, TransactionRunner } from '@wiz/platform';
import { SamenvoegingRepository } from '../../database/samenvoeging.repository';
import { ZelfdeInwoner } from '../../domain/samenvoeging';
import { InwonerToegang } from '../inwoner-toegang';

/** Front office judged a likely-duplicate pair to be two people: it is no longer proposed, now or after a change. */
@Injectable()
export class MarkeerVerschillend {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly samenvoegingen: SamenvoegingRepository,
    private readonly toegang: InwonerToegang,
    private readonly audit: AuditTrail,
  ) {}

  execute(inwonerId: string, anderInwonerId: string, wie: Principal) {
    if (inwonerId === anderInwonerId) throw new ZelfdeInwoner('anderInwonerId');
    return this.transactions.run(async (m) => {
      for (const id of [inwonerId, anderInwonerId]) await this.toegang.eis(m, id, wie, false);
      await this.samenvoegingen.markeerVerschillend(m, inwonerId, anderInwonerId);
      await this.audit.schrijf(m, wie, {
        actie: 'vastleggen',
        doel: 'dubbel-beoordelen',
        wat: { soort: 'inwoner', id: inwonerId },
        inwonerIds: [inwonerId, anderInwonerId],
      });
      return { inwonerId, anderInwonerId, status: 'verschillend' as const };
    });
  }
}
