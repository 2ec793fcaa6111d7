import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { AFSLUITBARE_SOORTEN } from '../../domain/afsluiting';
import { SluitOpvolgingAf } from './sluit-opvolging-af.service';
import { OpvolgingAfgesloten } from './sluit-opvolging-af.response';

class OpvolgingAfsluitingRequest extends createZodDto(
  z
    .object({
      uitkomst: z.string().trim().min(1).max(2_000).describe('what came of it, as typed'),
      volgende: z
        .object({ soort: z.enum(AFSLUITBARE_SOORTEN), vervaldatum: z.iso.datetime({ offset: true }) })
        .strict()
        .optional()
        .describe('the next follow-up to plan'),
    })
    .strict(),
) {}

/** The consulent closes a contact moment or stalled reminder with its outcome, and plans the next one. */
@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class SluitOpvolgingAfController {
  constructor(private readonly useCase: SluitOpvolgingAf) {}

  @Post(':id/afsluiting')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'sluitOpvolgingAf',
    summary: 'Close a contact moment or stalled reminder with its outcome, and plan the next follow-up',
    status: 200,
    response: OpvolgingAfgesloten,
    errors: {
      404: 'No follow-up with this id that the caller may see.',
      409: 'A duurzaamheidscheck (see /uitkomst), or closed or lapsed already.',
    },
  })
  sluitAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: OpvolgingAfsluitingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    const { uitkomst, volgende } = body;
    return this.useCase.execute(
      id,
      { uitkomst, volgende: volgende && { soort: volgende.soort, vervaldatum: new Date(volgende.vervaldatum) } },
      wie,
    );
  }
}
