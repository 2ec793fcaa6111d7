import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { KostenregelInvoerSchema } from '../../domain';
import { RegistreerKostenregelService } from './registreer-kostenregel.service';
import { KostenregelGeregistreerd } from './registreer-kostenregel.response';

class NieuweKostenregel extends createZodDto(KostenregelInvoerSchema) {}

@ApiTags('kostenregels')
@Controller('kostenregels')
export class RegistreerKostenregelController {
  constructor(private readonly service: RegistreerKostenregelService) {}

  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerKostenregel',
    summary: 'Record one cost line (cents, or staff hours × hourly rate) with its supporting document',
    status: 201,
    response: KostenregelGeregistreerd,
  })
  async maak(@Body() regel: NieuweKostenregel, @CurrentPrincipal() wie: Principal) {
    return { id: await this.service.registreer(regel, wie.organisatie) };
  }
}
