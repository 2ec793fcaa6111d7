import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { ZetStap } from './zet-stap.service';
import { StapGezet as StapGezetAntwoord } from './zet-stap.response';

class ZetStapRequest extends createZodDto(
  z.object({ stap: StapSchema, toelichting: z.string().trim().min(1).max(2_000) }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class ZetStapController {
  constructor(private readonly useCase: ZetStap) {}

  @Post(':id/stappen')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'zetStap',
    summary: 'Move the traject to another step (forward, back or skipping), with who, when and why',
    status: 200,
    response: StapGezetAntwoord,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  zetStap(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ZetStapRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body, wie, ifMatch));
  }
}
