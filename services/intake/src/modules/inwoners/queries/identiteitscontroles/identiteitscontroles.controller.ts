import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { IDENTITEITSUITKOMSTEN } from '../../domain/identiteit';
import { IdentiteitscontrolePagina } from './identiteitscontrole.response';
import { IdentiteitscontrolesLijst } from './identiteitscontroles.query';

class IdentiteitscontrolesVraag extends createZodDto(
  z.object({ status: z.enum(['open', ...IDENTITEITSUITKOMSTEN]).default('open'), ...paginering(50) }).strict(),
) {}

/** Beheer's worklist of aanmeldingen whose identity differs from the one held for their BSN (open first by default). */
@ApiTags('beheer')
@Controller('identiteitscontroles')
export class IdentiteitscontrolesController {
  constructor(private readonly controles: IdentiteitscontrolesLijst) {}

  @Get()
  @Roles('beheer')
  @Operation({
    id: 'listIdentiteitscontroles',
    summary: 'Aanmeldingen whose name or birth date differs from the identity held for their BSN',
    status: 200,
    response: IdentiteitscontrolePagina,
  })
  list(@Query() vraag: IdentiteitscontrolesVraag, @CurrentPrincipal() wie: Principal) {
    return this.controles.pagina(vraag, wie);
  }
}
