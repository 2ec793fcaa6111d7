import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { Identiteitscontroles } from '../../database/identiteitscontroles';
import { IDENTITEITSUITKOMSTEN } from '../../domain/identiteit';
import { overslaan, paginering } from '../paginering';
import { IdentiteitscontrolePagina } from './identiteitscontrole.response';

class Vraag extends createZodDto(
  z.object({ status: z.enum(['open', ...IDENTITEITSUITKOMSTEN]).default('open'), ...paginering(50) }).strict(),
) {}

/** Beheer's worklist of aanmeldingen whose identity differs from the one held for their BSN (open first by default). */
@ApiTags('beheer')
@Controller('identiteitscontroles')
export class IdentiteitscontrolesController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly controles: Identiteitscontroles,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @Roles('beheer')
  @Operation({
    id: 'listIdentiteitscontroles',
    summary: 'Aanmeldingen whose name or birth date differs from the identity held for their BSN',
    status: 200,
    response: IdentiteitscontrolePagina,
  })
  list(@Query() vraag: Vraag, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (manager) => {
      const { items, totaal } = await this.controles.lijst(
        manager,
        vraag.status,
        vraag.paginagrootte,
        overslaan(vraag),
      );
      await this.audit.schrijf(
        manager,
        wie,
        'identiteitscontroles-inzien',
        [...new Set(items.map((c) => c.inwonerId))],
        'identiteit-controleren',
      );
      return { items, pagina: vraag.pagina, paginagrootte: vraag.paginagrootte, totaal };
    });
  }
}
