import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { SroiVerplichtingInvoerSchema } from '../../domain';
import { RegistreerSroiVerplichting } from './registreer-sroi-verplichting.service';

class NieuweVerplichting extends createZodDto(SroiVerplichtingInvoerSchema) {}

/** Records SROI obligations of suppliers; their progress is read in queries/. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class RegistreerSroiVerplichtingController {
  constructor(private readonly registreer: RegistreerSroiVerplichting) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record an SROI obligation (contract value, percentage, period)' })
  @ApiCreatedResponse({ description: '{ id }' })
  maak(@Body() v: NieuweVerplichting, @CurrentPrincipal() wie: Principal) {
    return this.registreer.execute(v, wie);
  }
}
