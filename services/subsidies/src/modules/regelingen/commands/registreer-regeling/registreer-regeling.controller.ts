import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Operation, Roles } from '@wiz/platform';
import { RegelingInvoerSchema } from '../../domain/regeling-invoer';
import { RegistreerRegelingService } from './registreer-regeling.service';
import { Regeling } from './registreer-regeling.response';

class NieuweRegeling extends createZodDto(RegelingInvoerSchema) {}

@ApiTags('regelingen')
@Controller('regelingen')
export class RegistreerRegelingController {
  constructor(private readonly service: RegistreerRegelingService) {}

  @Post()
  @Roles('financien', 'beheer')
  @Operation({
    id: 'registreerRegeling',
    summary: 'Record a subsidy scheme (JTF, NPG, …)',
    status: 201,
    response: Regeling,
    errors: { 409: 'A regeling with this code exists already.' },
  })
  maak(@Body() r: NieuweRegeling) {
    return this.service.registreer(r);
  }
}
