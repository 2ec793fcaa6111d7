import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, UrenPerWeekSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { metEtag } from '../etag';
import { LegWerkurenVast } from './leg-werkuren-vast.service';
import { WerkurenVastgelegd } from './leg-werkuren-vast.response';

class WerkurenRequest extends createZodDto(
  z
    .object({
      urenPerWeek: UrenPerWeekSchema.describe('Hours a week from ingangsdatum'),
      vorigeUrenPerWeek: UrenPerWeekSchema.optional().describe(
        'Hours a week before it: required for the first change a traject records; after that those of the newest change, which it may repeat but not contradict',
      ),
      ingangsdatum: IsoDateSchema.describe(
        'From when; not before the traject started or the newest change it records, not in the future',
      ),
    })
    .strict(),
) {}

/** The hours a week of someone already working outside a placement (an employee at risk, a zzp'er). */
@ApiTags('trajecten')
@Controller('trajecten')
export class LegWerkurenVastController {
  constructor(private readonly useCase: LegWerkurenVast) {}

  @Post(':id/werkuren')
  @Roles('consulent', 'beheer')
  @Idempotent()
  @Operation({
    id: 'legWerkurenVast',
    summary: 'Record a change of working hours outside a placement; more hours counts as een stap vooruit',
    status: 201,
    response: WerkurenVastgelegd,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  leg(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WerkurenRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return metEtag(reply, this.useCase.execute(id, body, wie, ifMatch));
  }
}
