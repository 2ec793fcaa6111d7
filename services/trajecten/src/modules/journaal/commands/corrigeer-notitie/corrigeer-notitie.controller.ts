import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { NotitieTekstSchema } from '../tekst.schema';
import { JournaalNotitieVersie } from '../schrijf-notitie/schrijf-notitie.response';
import { CorrigeerNotitie } from './corrigeer-notitie.service';

class JournaalCorrectieRequest extends createZodDto(
  z
    .object({
      tekst: NotitieTekstSchema,
      reden: z.string().min(1).max(2_000).regex(/\S/, 'must contain more than white space'),
    })
    .strict(),
) {}

@ApiTags('journaal')
@Controller('trajecten')
export class CorrigeerNotitieController {
  constructor(private readonly useCase: CorrigeerNotitie) {}

  @Post(':id/notities/:notitieId/correcties')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'corrigeerNotitie',
    summary: 'Correct a note: a new version linked to the one before, with the reason; the old one stays',
    status: 201,
    response: JournaalNotitieVersie,
    // 403 (documented for every operation): the caller is not the note's author.
    errors: { 404: 'No such note in a traject the caller holds, is in the team of, or stands in for.' },
  })
  corrigeer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('notitieId', new ParseUUIDPipe()) notitieId: string,
    @Body() body: JournaalCorrectieRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, notitieId, body, wie);
  }
}
