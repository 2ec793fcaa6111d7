import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, UrenPerWeekSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { WijzigUren } from './wijzig-uren.service';
import { UrenGewijzigd } from './wijzig-uren.response';

class UrenWijziging extends createZodDto(
  z.object({ urenPerWeek: UrenPerWeekSchema, ingangsdatum: IsoDateSchema }).strict(),
) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class WijzigUrenController {
  constructor(private readonly wijzigUren: WijzigUren) {}

  @Post(':id/uren')
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @Operation({
    id: 'wijzigUren',
    summary: 'Change the hours of a running placement from a date; publishes plaatsing-uren-gewijzigd',
    status: 201,
    response: UrenGewijzigd,
    errors: {
      404: 'No placement with this id that the caller may see.',
      409: 'The placement has ended.',
    },
  })
  wijzig(
    @Param('id', new ParseUUIDPipe()) plaatsingId: string,
    @Body() w: UrenWijziging,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.wijzigUren.execute(plaatsingId, w, wie);
  }
}
