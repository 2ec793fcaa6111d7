import { Controller, Get, Inject, Optional, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { limietEnBegin, pagina } from '@wiz/contracts';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { Operation } from '../http/operation.decorator';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AuditTrail } from './audit-trail';
import { AuditPagina, AuditVraag, OngebruikelijkRapport, OngebruikelijkVraag } from './audit.schemas';
import { AUDIT_CASELOADS, AUDIT_DREMPELS, type Caseloads } from './caseloads';
import { AuditLogLezer, type AuditRij } from './database/audit-log-lezer';
import { ongebruikelijkLezen, type Drempels } from './ongebruikelijk';

const klok = (minuten: number) =>
  `${String(Math.floor(minuten / 60)).padStart(2, '0')}:${String(minuten % 60).padStart(2, '0')}`;

/**
 * The privacy officer's view of this service's audit trail, the same path and shape in every service: by person or
 * by user and period, and the day's unusual reading. Only role `privacy`; reading the trail is itself audited.
 */
@ApiTags('audit')
@Roles('privacy')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lezer: AuditLogLezer,
    private readonly audit: AuditTrail,
    @Inject(AUDIT_DREMPELS) private readonly drempels: Drempels,
    @Optional() @Inject(AUDIT_CASELOADS) private readonly caseloads?: Caseloads,
  ) {}

  @Get()
  @Operation({
    id: 'zoekAuditRegels',
    summary: "The audit trail of this service: every read and change of a person's data, by inwoner or by user",
    description:
      'With `inwonerId`: every row naming the person. With `gebruiker`, `van` and `tot`: every row of that user in ' +
      'the period (local days, inclusive). Latest first. This read is itself audited (actie `audit-inzien`).',
    status: 200,
    response: AuditPagina,
  })
  zoek(@Query() vraag: AuditVraag, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const filter = { ...vraag, tijdzone: this.drempels.tijdzone };
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

  @Get('ongebruikelijk')
  @Operation({
    id: 'ongebruikelijkLezen',
    summary: 'Unusual reading on one day: users reading far more inwoners than their caseload, or at night',
    description:
      'Computed on request from the day’s audit rows. A user with a caseload this service knows is flagged above ' +
      'AUDIT_ONGEBRUIKELIJK_FACTOR × caseload distinct inwoners, others above AUDIT_ONGEBRUIKELIJK_MAX_INWONERS; ' +
      'every read between AUDIT_NACHT_VAN and AUDIT_NACHT_TOT counts as nightly.',
    status: 200,
    response: OngebruikelijkRapport,
  })
  ongebruikelijk(@Query() vraag: OngebruikelijkVraag) {
    return this.transactions.run(async (m) => {
      const inzages = await this.lezer.dag(m, vraag.datum, this.drempels.tijdzone);
      const gebruikers = [...new Set(inzages.map((i) => i.subject))];
      const caseloads = (await this.caseloads?.grootte(m, gebruikers)) ?? new Map<string, number>();
      const d = this.drempels;
      return {
        datum: vraag.datum,
        drempels: {
          factor: d.factor,
          maxInwoners: d.maxInwoners,
          nacht: { van: klok(d.nachtVan), tot: klok(d.nachtTot), tijdzone: d.tijdzone },
        },
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
  };
}
