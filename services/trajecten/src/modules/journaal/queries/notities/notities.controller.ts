import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { NotitiesQuery } from './notities.query';
import { JournaalNotities } from './notities.response';

class JournaalVraag extends createZodDto(
  z
    .object({
      historie: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional()
        .describe("with each note's earlier versions"),
    })
    .strict(),
) {}

@ApiTags('journaal')
@Controller('trajecten')
export class NotitiesController {
  constructor(private readonly notities: NotitiesQuery) {}

  @Get(':id/notities')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'listNotities',
    summary:
      "The traject's journal: each note's newest version, latest first. Sensitive notes only for their author's team; the read is audited",
    description:
      "A note belongs to the organisation that held the traject when it was written: after a handover the receiver reads its own time's notes (beheer: all).",
    status: 200,
    response: JournaalNotities,
    errors: { 404: 'No traject with this id that the caller holds, is in the team of, or stands in for.' },
  })
  lijst(@Param('id', new ParseUUIDPipe()) id: string, @Query() v: JournaalVraag, @CurrentPrincipal() wie: Principal) {
    return this.notities.lijst(id, v.historie ?? false, wie);
  }
}
