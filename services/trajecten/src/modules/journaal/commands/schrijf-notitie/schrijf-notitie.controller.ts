import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { NOTITIE_SOORTEN } from '../../domain/notitie';
import { NotitieTekstSchema } from '../tekst.schema';
import { SchrijfNotitie } from './schrijf-notitie.service';
import { JournaalNotitieVersie } from './schrijf-notitie.response';

class JournaalNotitieRequest extends createZodDto(
  z
    .object({
      soort: z.enum(NOTITIE_SOORTEN),
      tekst: NotitieTekstSchema,
      datum: IsoDateSchema.describe('the day of the conversation, appointment or signal'),
      gevoelig: z.boolean().default(false).describe('about health or debts: only the author and their team see it'),
    })
    .strict(),
) {}

@ApiTags('journaal')
@Controller('trajecten')
export class SchrijfNotitieController {
  constructor(private readonly useCase: SchrijfNotitie) {}

  @Post(':id/notities')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'schrijfNotitie',
    summary: "Write a dated note in the traject's journal (the caller is its author); it is never deleted",
    status: 201,
    response: JournaalNotitieVersie,
    errors: { 404: 'No traject with this id that the caller holds, is in the team of, or stands in for.' },
  })
  schrijf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: JournaalNotitieRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, body, wie);
  }
}
