import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { SroiVerplichtingInvoerSchema } from '../../domain';
import { RegistreerSroiVerplichting } from './registreer-sroi-verplichting.service';
import { SroiVerplichtingGeregistreerd } from './registreer-sroi-verplichting.response';

class NieuweVerplichting extends createZodDto(SroiVerplichtingInvoerSchema) {}

/** Records SROI obligations of suppliers; their progress is read in queries/. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class RegistreerSroiVerplichtingController {
  constructor(private readonly registreer: RegistreerSroiVerplichting) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerSroiVerplichting',
    summary: 'Record an SROI obligation (contract value, percentage, period)',
    status: 201,
    response: SroiVerplichtingGeregistreerd,
  })
  maak(@Body() v: NieuweVerplichting, @CurrentPrincipal() wie: Principal) {
    return this.registreer.execute(v, wie);
  }
}
