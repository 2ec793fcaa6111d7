import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { NieuwePlaatsingSchema } from './registreer-plaatsing.request';
import { RegistreerPlaatsing } from './registreer-plaatsing.service';

class NieuwePlaatsing extends createZodDto(NieuwePlaatsingSchema) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class RegistreerPlaatsingController {
  constructor(private readonly registreerPlaatsing: RegistreerPlaatsing) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record a placement in work; publishes plaatsing-gerealiseerd' })
  @ApiCreatedResponse({
    description:
      '{ id, sroiDoelgroep?, sroiDoelgroepStatus? (bevestigd | afgeleid | onbevestigd; with an SROI obligation) }',
  })
  registreer(@Body() p: NieuwePlaatsing, @CurrentPrincipal() wie: Principal) {
    return this.registreerPlaatsing.execute(p, wie);
  }
}
