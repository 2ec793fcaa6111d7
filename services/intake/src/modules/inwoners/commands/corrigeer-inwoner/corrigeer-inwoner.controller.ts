import { Body, Controller, Headers, Param, ParseUUIDPipe, Patch, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { etagVan } from '../../domain/versie';
import { CorrigeerInwonerRequest } from './corrigeer-inwoner.request';
import { Gecorrigeerd } from './corrigeer-inwoner.response';
import { CorrigeerInwoner } from './corrigeer-inwoner.service';

@ApiTags('inwoners')
@Controller('inwoners')
export class CorrigeerInwonerController {
  constructor(private readonly corrigeer: CorrigeerInwoner) {}

  @Patch(':inwonerId')
  @Roles('frontoffice', 'beheer', 'consulent', 'teamleider')
  @Operation({
    id: 'corrigeerInwoner',
    summary: 'Correct name, address (a move when the gemeente changes) or contact data, with a reason (audited)',
    description:
      'Front office and beheer through an aanmelding their organisation sees with a confirmed identity; a consulent ' +
      'or teamleider while holding one of the person’s trajecten. Every changed field is kept in the history ' +
      '(`GET …/wijzigingen`). Another gemeentecode publishes `wiz.intake.inwoner-verhuisd.v1`.',
    status: 200,
    response: Gecorrigeerd,
    errors: {
      404: 'No inwoner with this id that the caller may see.',
      409: 'The caller’s identity of this inwoner is being checked by beheer, or the record was merged into another.',
      412: 'If-Match names an older version of the inwoner.',
      428: 'If-Match is missing.',
    },
  })
  async corrigeerInwoner(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: CorrigeerInwonerRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reden, ...correctie } = body;
    const resultaat = await this.corrigeer.execute(inwonerId, correctie, reden, ifMatch, wie);
    void reply.header('ETag', etagVan(resultaat.versie));
    return resultaat;
  }
}
