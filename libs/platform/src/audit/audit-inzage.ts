import { Inject, Injectable, Optional } from '@nestjs/common';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import type { Principal } from '../auth/principal';
import { TransactionRunner } from '../persistence/transaction-runner';
import { idsVanPersoon, type GegevensRegister } from '../privacy/inzage/gegevens-register';
import { AuditTrail } from './audit-trail';
import { AUDIT_CASELOADS, AUDIT_DREMPELS, type Caseloads } from './caseloads';
import { AuditLogLezer, type AuditRij } from './database/audit-log-lezer';
import { GEGEVENS_REGISTER } from './mijn-inzage';
import { ongebruikelijkLezen, type Drempels } from './ongebruikelijk';

const klok = (minuten: number) =>
  `${String(Math.floor(minuten / 60)).padStart(2, '0')}:${String(minuten % 60).padStart(2, '0')}`;

/**
 * The privacy officer's reads of the trail: the rows asked for (itself audited; a person's with the records merged into
 * theirs) and the day's unusual reading.
 */
@Injectable()
export class AuditInzage {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lezer: AuditLogLezer,
    private readonly audit: AuditTrail,
    @Inject(AUDIT_DREMPELS) private readonly drempels: Drempels,
    @Inject(GEGEVENS_REGISTER) private readonly register: GegevensRegister,
    @Optional() @Inject(AUDIT_CASELOADS) private readonly caseloads?: Caseloads,
  ) {}

  zoek(vraag: Paginering & { inwonerId?: string; gebruiker?: string; van?: string; tot?: string }, wie: Principal) {
    return this.transactions.run(async (m) => {
      // A person's trail holds the reads of the records merged into theirs too, as their own view does.
      const inwonerIds = vraag.inwonerId ? await idsVanPersoon(m, this.register, vraag.inwonerId) : undefined;
      const filter = { ...vraag, inwonerIds, tijdzone: this.drempels.tijdzone };
      const { rijen, totaal } = await this.lezer.zoek(m, filter, ...limietEnBegin(vraag));
      await this.audit.schrijf(m, wie, {
        actie: 'audit-inzien',
        doel: 'toezicht-gegevensbescherming',
        wat: { soort: vraag.inwonerId ? 'audit-inwoner' : 'audit-gebruiker', id: vraag.gebruiker ?? null },
        inwonerIds: vraag.inwonerId ? [vraag.inwonerId] : [],
        details: vraag.gebruiker ? { van: vraag.van, tot: vraag.tot } : undefined,
      });
      return pagina(rijen.map(regel), vraag, totaal);
    });
  }

  ongebruikelijk(datum: string) {
    return this.transactions.run(async (m) => {
      const inzages = await this.lezer.dag(m, datum, this.drempels.tijdzone);
      const gebruikers = [...new Set(inzages.map((i) => i.subject))];
      const caseloads = (await this.caseloads?.grootte(m, gebruikers)) ?? new Map<string, number>();
      const d = this.drempels;
      const nacht = { van: klok(d.nachtVan), tot: klok(d.nachtTot), tijdzone: d.tijdzone };
      return {
        datum,
        drempels: { factor: d.factor, maxInwoners: d.maxInwoners, nacht },
        meldingen: ongebruikelijkLezen(inzages, caseloads, d),
      };
    });
  }
}

function regel(r: AuditRij) {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    gebruiker: r.subject,
    rollen: r.rollen,
    organisatie: r.organisatie,
    doel: r.doel,
    actie: r.actie,
    wat: { soort: r.wat_soort, id: r.wat_id },
    inwonerIds: r.inwoner_ids,
    correlationId: r.correlation_id,
    ...(r.wie_naam ? { naam: r.wie_naam } : {}),
  };
}
