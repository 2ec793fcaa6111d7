import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { Operation } from '../http/operation.decorator';
import { AuditInzage } from './audit-inzage';
import { AuditPagina, AuditVraag, OngebruikelijkRapport, OngebruikelijkVraag } from './audit.schemas';

/**
 * The privacy officer's view of this service's audit trail, the same path and shape in every service: by person or
 * by user and period, and the day's unusual reading. Only role `privacy`; reading the trail is itself audited.
 */
@ApiTags('audit')
@Roles('privacy')
@Controller('audit')
export class AuditController {
  constructor(private readonly inzage: AuditInzage) {}

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
    return this.inzage.zoek(vraag, wie);
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
    return this.inzage.ongebruikelijk(vraag.datum);
  }
}
