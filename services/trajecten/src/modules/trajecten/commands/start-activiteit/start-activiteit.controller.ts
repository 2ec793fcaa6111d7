import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitSoortSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { StartActiviteit } from './start-activiteit.service';
import { ActiviteitGestart } from './start-activiteit.response';

class StartActiviteitRequest extends createZodDto(
  z.object({ soort: ActiviteitSoortSchema, startdatum: IsoDateSchema }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class StartActiviteitController {
  constructor(private readonly useCase: StartActiviteit) {}

  @Post(':id/activiteiten')
  @Roles('consulent', 'beheer')
  @Idempotent()
  @Operation({
    id: 'startActiviteit',
    summary: 'Start an activity (Kansrijk Opleiden, werkfit, …) in the traject',
    status: 201,
    response: ActiviteitGestart,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  start(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: StartActiviteitRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body, wie, ifMatch));
  }
}
