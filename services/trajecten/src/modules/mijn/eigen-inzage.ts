import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assertNietBeperkt, AuditTrail, Principal, TransactionRunner } from '@wiz/platform';

/** Why an inwoner's own read is logged: the same purpose the platform's /mijn routes write. */
export const EIGEN_GEGEVENS = 'eigen-gegevens';

/**
 * A read by the inwoner of their own traject data: the person comes only from the token (never the request), a
 * restricted person gets the guard's 403 Verwerking beperkt (AVG art. 18: nothing is processed, issuing a
 * credential included), and the read and its audit row (naming the person, role inwoner) share one transaction, so
 * a refused read (a result id that is not theirs: 404) leaves no row.
 */
@Injectable()
export class EigenInzage {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  lees<T>(
    wie: Principal,
    actie: string,
    wat: { soort: string; id?: string },
    lees: (m: EntityManager, inwonerId: string) => Promise<T>,
  ): Promise<T> {
    const inwonerId = wie.inwonerId;
    // @Roles('inwoner') lets only inwoner tokens through, and those always carry the id: this is the second lock.
    if (!inwonerId) throw new ForbiddenException('Only the inwoner themself reads this.');
    return this.transactions.run(async (m) => {
      await assertNietBeperkt(m, inwonerId, wie);
      const resultaat = await lees(m, inwonerId);
      await this.audit.schrijf(m, wie, { actie, doel: EIGEN_GEGEVENS, wat, inwonerIds: [inwonerId] });
      return resultaat;
    });
  }
}
