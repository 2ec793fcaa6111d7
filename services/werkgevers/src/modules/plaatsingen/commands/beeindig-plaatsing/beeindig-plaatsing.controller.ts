import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, PlaatsingEindeRedenSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { BeeindigPlaatsing } from './beeindig-plaatsing.service';
import { PlaatsingBeeindiging } from './beeindig-plaatsing.response';

class Beeindiging extends createZodDto(
  z
    .object({
      einddatum: IsoDateSchema,
      reden: z.string().trim().min(1).max(200).describe("The explanation in the team's own words; never published"),
      redenCode: PlaatsingEindeRedenSchema.optional().describe('The kind of end, published in plaatsing-beeindigd'),
    })
    .strict(),
) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class BeeindigPlaatsingController {
  constructor(private readonly beeindigPlaatsing: BeeindigPlaatsing) {}

  @Post(':id/beeindiging')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'beeindigPlaatsing',
    summary: 'End a placement with a reason; publishes plaatsing-beeindigd with the reason code only',
    status: 200,
    response: PlaatsingBeeindiging,
    errors: {
      404: 'No placement with this id that the caller may see.',
      409: 'The placement has ended already.',
    },
  })
  beeindig(@Param('id', new ParseUUIDPipe()) id: string, @Body() b: Beeindiging, @CurrentPrincipal() wie: Principal) {
    return this.beeindigPlaatsing.execute(id, b, wie);
  }
}
