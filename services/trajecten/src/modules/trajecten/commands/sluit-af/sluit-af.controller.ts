import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AfsluitRedenSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { SluitAf } from './sluit-af.service';
import { TrajectAfgesloten as Afsluiting } from './sluit-af.response';

class AfsluitingRequest extends createZodDto(z.object({ reden: AfsluitRedenSchema, datum: IsoDateSchema }).strict()) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class SluitAfController {
  constructor(private readonly useCase: SluitAf) {}

  @Post(':id/afsluiting')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'sluitTrajectAf',
    summary: 'Close the traject with a reason; it then refuses changes (409)',
    status: 200,
    response: Afsluiting,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  sluitAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AfsluitingRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body, wie, ifMatch));
  }
}
