import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { KostenregelInvoerSchema } from '../../domain';
import { RegistreerKostenregelService } from './registreer-kostenregel.service';

class NieuweKostenregel extends createZodDto(KostenregelInvoerSchema) {}

@ApiTags('kostenregels')
@Controller('kostenregels')
export class RegistreerKostenregelController {
  constructor(private readonly service: RegistreerKostenregelService) {}

  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record one cost line (cents, or staff hours × hourly rate) with its supporting document' })
  @ApiCreatedResponse({ description: '{ id }' })
  async maak(@Body() regel: NieuweKostenregel, @CurrentPrincipal() wie: Principal) {
    return { id: await this.service.registreer(regel, wie.organisatie) };
  }
}
