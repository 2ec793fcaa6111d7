import { Body, ConflictException, Controller, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { Identiteitscontroles } from '../../database/identiteitscontroles';
import { IDENTITEITSUITKOMSTEN } from '../../domain/identiteit';
import { Identiteitscontrole } from '../../queries/identiteitscontroles/identiteitscontrole.response';

class Beoordeling extends createZodDto(
  z
    .object({ uitkomst: z.enum(IDENTITEITSUITKOMSTEN), toelichting: z.string().trim().min(1).max(2_000).optional() })
    .strict(),
) {}

/**
 * Beheer judges a differing identity: `zelfde-persoon` confirms the aanmelding (its organisation then sees and
 * records consents), `andere-persoon` keeps it apart for good. Judged once; audited in the same transaction.
 */
@ApiTags('beheer')
@Controller('identiteitscontroles')
export class BeoordeelIdentiteitController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly controles: Identiteitscontroles,
    private readonly audit: AuditLog,
  ) {}

  @Post(':id/beoordeling')
  @Roles('beheer')
  @Operation({
    id: 'beoordeelIdentiteit',
    summary: 'Judge a differing identity: the same person or another person',
    status: 200,
    response: Identiteitscontrole,
    errors: { 404: 'No identiteitscontrole with this id.', 409: 'The identiteitscontrole was judged already.' },
  })
  beoordeel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Beoordeling,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.transactions.run(async (manager) => {
      const controle = await this.controles.beoordeel(manager, id, body.uitkomst, body.toelichting, wie);
      if (controle === undefined) throw new NotFoundException(`Identiteitscontrole ${id} not found.`);
      if (controle === false) throw new ConflictException(`Identiteitscontrole ${id} was judged already.`);
      await this.audit.schrijf(manager, wie, 'identiteit-beoordelen', [controle.inwonerId], 'identiteit-controleren');
      return controle;
    });
  }
}
