import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ToestemmingGewijzigd, ToestemmingGewijzigdV2 } from '@wiz/contracts';
import { AuditTrail, Outbox, type Principal } from '@wiz/platform';
import { Toestemmingen } from '../database/toestemmingen';
import type { Toestemming } from '../domain/toestemming';

/**
 * Every change of a consent, whoever makes it (the inwoner, staff on their behalf, the old PUT, a merge): the record
 * and its history, toestemming-gewijzigd through the outbox in the same transaction, and one audit row. v2 carries
 * every purpose; v1 is published beside it for sharing with employers while a consumer may still read only v1.
 */
@Injectable()
export class ToestemmingWijziging {
  constructor(
    private readonly toestemmingen: Toestemmingen,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async geef(m: EntityManager, t: Toestemming, wie: Principal, audit = true): Promise<void> {
    await this.toestemmingen.geef(m, t, wie);
    await this.kondigAan(m, t, true, t.gegevenOp);
    if (audit) await this.schrijfAudit(m, t, wie);
  }

  async trekIn(m: EntityManager, t: Toestemming, wie: Principal, audit = true): Promise<Toestemming> {
    const ingetrokken = { ...t, ingetrokkenOp: new Date().toISOString(), namens: wie.inwonerId === undefined };
    await this.toestemmingen.trekIn(m, t, ingetrokken.ingetrokkenOp, wie);
    await this.kondigAan(m, t, false, ingetrokken.ingetrokkenOp);
    if (audit) await this.schrijfAudit(m, t, wie);
    return ingetrokken;
  }

  private async kondigAan(m: EntityManager, t: Toestemming, gegeven: boolean, gewijzigdOp: string) {
    const { inwonerId, doel, vacatureId, geldigTot, id: toestemmingId } = t;
    const wijziging = { inwonerId, gegeven, gewijzigdOp, toestemmingId, ...(geldigTot ? { geldigTot } : {}) };
    await this.outbox.add(
      m,
      ToestemmingGewijzigdV2,
      { ...wijziging, doel, ...(vacatureId ? { vacatureId } : {}) },
      { subject: inwonerId },
    );
    if (doel === 'profiel-delen-met-werkgevers')
      await this.outbox.add(m, ToestemmingGewijzigd, { ...wijziging, doel }, { subject: inwonerId });
  }

  private schrijfAudit(m: EntityManager, t: Toestemming, wie: Principal) {
    return this.audit.schrijf(m, wie, {
      actie: 'toestemming-wijzigen',
      doel: 'toestemming-vastleggen',
      wat: { soort: 'toestemming', id: t.id },
      inwonerIds: [t.inwonerId],
    });
  }
}
