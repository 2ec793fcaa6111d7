import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { NieuwePlaatsingSchema } from './registreer-plaatsing.request';
import { RegistreerPlaatsing } from './registreer-plaatsing.service';
import { PlaatsingGeregistreerd } from './registreer-plaatsing.response';

class NieuwePlaatsing extends createZodDto(NieuwePlaatsingSchema) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class RegistreerPlaatsingController {
  constructor(private readonly registreerPlaatsing: RegistreerPlaatsing) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerPlaatsing',
    summary: 'Record a placement in work; publishes plaatsing-gerealiseerd',
    status: 201,
    response: PlaatsingGeregistreerd,
    errors: {
      409: 'This traject, employer and start date were recorded already (`bestaandId` names that placement), or the vacancy was withdrawn.',
    },
  })
  registreer(@Body() p: NieuwePlaatsing, @CurrentPrincipal() wie: Principal) {
    return this.registreerPlaatsing.execute(p, wie);
  }
}
