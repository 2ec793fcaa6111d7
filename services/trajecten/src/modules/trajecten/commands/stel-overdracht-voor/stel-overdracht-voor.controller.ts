import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OrganisatieSchema, StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { StelOverdrachtVoor } from './stel-overdracht-voor.service';
import { OverdrachtVoorgesteld } from '../beslis-overdracht/overdracht.response';

class OverdrachtRequest extends createZodDto(
  z
    .object({
      naarOrganisatie: OrganisatieSchema.describe('the organisation that runs the step the traject goes to'),
      naarStap: StapSchema.optional().describe(
        'the step the receiver takes the traject on in, which it must run; acceptance moves the traject there (default: the step it is in)',
      ),
      toelichting: z.string().trim().min(1).max(2_000),
    })
    .strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class StelOverdrachtVoorController {
  constructor(private readonly useCase: StelOverdrachtVoor) {}

  @Post(':id/overdrachten')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'stelOverdrachtVoor',
    summary:
      'Propose a warm handover of the traject to another organisation, in a step it runs, with a note for the receiver',
    status: 201,
    response: OverdrachtVoorgesteld,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed, or a handover of it awaits an answer.',
    },
  })
  stelVoor(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: OverdrachtRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, body, wie);
  }
}
