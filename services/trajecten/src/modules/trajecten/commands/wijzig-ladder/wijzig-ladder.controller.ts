import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { WijzigLadder } from './wijzig-ladder.service';
import { LadderGewijzigd } from './wijzig-ladder.response';

class LadderRequest extends createZodDto(z.object({ trede: z.number().int().min(1).max(6) }).strict()) {}

/** Records the participatieladder rung (1 isolated … 6 paid work); a rise counts as een stap vooruit. */
@ApiTags('trajecten')
@Controller('trajecten')
export class WijzigLadderController {
  constructor(private readonly useCase: WijzigLadder) {}

  @Post(':id/participatieladder')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'wijzigParticipatieladder',
    summary: 'Record a participatieladder rung',
    status: 200,
    response: LadderGewijzigd,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  wijzig(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LadderRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body.trede, wie, ifMatch));
  }
}
