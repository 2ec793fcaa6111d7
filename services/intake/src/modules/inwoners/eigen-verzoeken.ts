import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal, TransactionRunner } from '@wiz/platform';
import { eigenInwoner } from './eigen-inwoner';
import { behoudenRecord, recordsVanPersoon } from './samengevoegde-records';

/** The kinds of request an inwoner files themselves; each names its audit actions (`<soort>-indienen`, …). */
type Soort = 'correctieverzoek' | 'rechtenverzoek';

/**
 * What the inwoner's own requests share, whatever they ask (a correction for the front office; erasure,
 * restriction or objection for the privacy officer): the person only from the token; filed on the record a
 * merged-away one lives on in; read with every record merged into theirs; each step audited; answered without the
 * person's id.
 */
@Injectable()
export class EigenVerzoeken {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  dienIn<V extends { id: string; inwonerId: string }>(
    wie: Principal,
    soort: Soort,
    doel: string,
    voegToe: (m: EntityManager, inwonerId: string) => Promise<V>,
    details?: object,
  ): Promise<Omit<V, 'inwonerId'>> {
    const gevraagd = eigenInwoner(wie);
    return this.transactions.run(async (m) => {
      const inwonerId = await behoudenRecord(m, gevraagd);
      const verzoek = await voegToe(m, inwonerId);
      await this.audit.schrijf(m, wie, {
        actie: `${soort}-indienen`,
        doel,
        wat: { soort, id: verzoek.id },
        inwonerIds: [inwonerId],
        ...(details ? { details } : {}),
      });
      const { inwonerId: _id, ...antwoord } = verzoek;
      return antwoord;
    });
  }

  lees<V extends { inwonerId: string }>(
    wie: Principal,
    soort: Soort,
    vanInwoner: (m: EntityManager, inwonerIds: string[]) => Promise<V[]>,
  ): Promise<{ items: Omit<V, 'inwonerId'>[] }> {
    const inwonerId = eigenInwoner(wie);
    return this.transactions.run(async (m) => {
      const items = await vanInwoner(m, await recordsVanPersoon(m, inwonerId));
      await this.audit.schrijf(m, wie, {
        actie: `mijn-${soort}en-inzien`,
        doel: 'eigen-gegevens',
        wat: { soort: `${soort}en` },
        inwonerIds: [inwonerId],
      });
      return { items: items.map(({ inwonerId: _id, ...v }) => v) };
    });
  }
}
