import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { IDENTITEITSUITKOMSTEN } from '../../domain/identiteit';
import { Identiteitscontrole } from '../../queries/identiteitscontroles/identiteitscontrole.response';
import { BeoordeelIdentiteit } from './beoordeel-identiteit.service';

class Beoordeling extends createZodDto(
  z
    .object({ uitkomst: z.enum(IDENTITEITSUITKOMSTEN), toelichting: z.string().trim().min(1).max(2_000).optional() })
    .strict(),
) {}

@ApiTags('beheer')
@Controller('identiteitscontroles')
export class BeoordeelIdentiteitController {
  constructor(private readonly beoordeelIdentiteit: BeoordeelIdentiteit) {}

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
    return this.beoordeelIdentiteit.execute(id, body, wie);
  }
}
