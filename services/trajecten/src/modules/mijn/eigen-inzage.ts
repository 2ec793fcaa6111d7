import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, Principal, TransactionRunner } from '@wiz/platform';

/** Why an inwoner's own read is logged: the same purpose the platform's /mijn routes write. */
export const EIGEN_GEGEVENS = 'eigen-gegevens';

/**
 * A read by the inwoner of their own traject data: the person comes only from the token (never the request), and the
 * read and its audit row (naming the person, role inwoner) share one transaction, so a refused read (a result id that
 * is not theirs: 404) leaves no row. A restriction (AVG art. 18) does not stop it: the person keeps their right of
 * access (art. 15), and what they ask for themselves, a credential of a result included, is processing with their
 * consent (art. 18(2)), as intake's own /mijn pages answer them too.
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
      const resultaat = await lees(m, inwonerId);
      await this.audit.schrijf(m, wie, { actie, doel: EIGEN_GEGEVENS, wat, inwonerIds: [inwonerId] });
      return resultaat;
    });
  }
}
