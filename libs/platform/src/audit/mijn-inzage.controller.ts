import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { Operation } from '../http/operation.decorator';
import { GegevensExport, MijnInzagePagina, MijnInzageVraag } from './audit.schemas';
import { MijnInzage } from './mijn-inzage';

/**
 * Mijn Werk in Zicht (issue 20), the same two routes in every service: who read my data here, and everything this
 * service holds about me (AVG art. 15). Only the inwoner themself; the person is the token's, never a parameter.
 */
@ApiTags('mijn')
@Roles('inwoner')
@Controller('mijn')
export class MijnInzageController {
  constructor(private readonly inzage: MijnInzage) {}

  @Get('inzage')
  @Operation({
    id: 'wieLasMijnGegevens',
    summary: "Who read or changed the caller's data in this service: role, name, organisation, action and purpose",
    description:
      'From the audit trail, rows naming the caller or a record merged into theirs, without their own reads; latest ' +
      'first; `van` to `tot` (local days, inclusive), by default this year. Staff appear by the name their login ' +
      'gave, never by their user id. This read is itself audited.',
    status: 200,
    response: MijnInzagePagina,
  })
  wieLas(@Query() vraag: MijnInzageVraag, @CurrentPrincipal() wie: Principal) {
    return this.inzage.wieLasMijnGegevens(vraag, wie);
  }

  @Get('gegevens-export')
  @Operation({
    id: 'exporteerMijnGegevens',
    summary: 'Everything this service holds about the caller (AVG art. 15), per kind with purpose and retention',
    description:
      'Per kind of record: what it is, why it is kept, the legal basis, who receives it, the retention period as ' +
      'configured for the retention run, and the caller’s records (those of records merged into theirs included). ' +
      'This read is itself audited.',
    status: 200,
    response: GegevensExport,
  })
  gegevensExport(@CurrentPrincipal() wie: Principal) {
    return this.inzage.gegevensExport(wie);
  }
}
