import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { WijsToe } from './wijs-toe.service';
import { Toegewezen } from './wijs-toe.response';

class ToewijzingRequest extends createZodDto(
  z
    .object({ consulent: z.string().min(1).max(200).describe('an active medewerker of the traject’s organisation') })
    .strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class WijsToeController {
  constructor(private readonly useCase: WijsToe) {}

  @Post(':id/toewijzing')
  @Roles('teamleider', 'beheer')
  @Operation({
    id: 'wijsTrajectToe',
    summary: 'Reassign the traject to another active consulent of its organisation (herverdeling; else 400)',
    status: 200,
    response: Toegewezen,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  wijsToe(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ToewijzingRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body.consulent, wie, ifMatch));
  }
}
