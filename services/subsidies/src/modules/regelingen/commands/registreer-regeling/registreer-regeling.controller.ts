import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Roles } from '@wiz/platform';
import { RegelingInvoerSchema } from '../../domain/regeling-invoer';
import { RegistreerRegelingService } from './registreer-regeling.service';

class NieuweRegeling extends createZodDto(RegelingInvoerSchema) {}

@ApiTags('regelingen')
@Controller('regelingen')
export class RegistreerRegelingController {
  constructor(private readonly service: RegistreerRegelingService) {}

  @Post()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Record a subsidy scheme (JTF, NPG, …)' })
  @ApiCreatedResponse({ description: 'The scheme' })
  maak(@Body() r: NieuweRegeling) {
    return this.service.registreer(r);
  }
}
