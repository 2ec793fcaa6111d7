import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitResultaatSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { RondActiviteitAf } from './rond-activiteit-af.service';
import { ActiviteitAfgerond as Afronding } from './rond-activiteit-af.response';

class AfrondingRequest extends createZodDto(
  z.object({ resultaat: ActiviteitResultaatSchema, datum: IsoDateSchema }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class RondActiviteitAfController {
  constructor(private readonly useCase: RondActiviteitAf) {}

  @Post(':id/activiteiten/:activiteitId/afronding')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'rondActiviteitAf',
    summary: 'Complete an activity with its result',
    status: 200,
    response: Afronding,
    errors: {
      404: 'No traject with this id that the caller may see, or no such activity in it.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  rondAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('activiteitId', new ParseUUIDPipe()) activiteitId: string,
    @Body() body: AfrondingRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, activiteitId, body, wie, ifMatch));
  }
}
