import {
  Body,
  ConflictException,
  Controller,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { Identiteitscontroles } from '../../database/identiteitscontroles';
import { IDENTITEITSUITKOMSTEN } from '../../domain/identiteit';

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
  @HttpCode(200)
  @Roles('beheer')
  @ApiOperation({ summary: 'Judge a differing identity: the same person or another person' })
  @ApiOkResponse({ description: 'the identiteitscontrole with its status' })
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
