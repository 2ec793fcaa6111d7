import { Inject, Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Roles, problemException } from '@wiz/platform';
import { RegelingInvoerSchema } from '../../domain/regeling-invoer';
import { REGELING_REPOSITORY, RegelingRepositoryPort } from '../../database/regeling.repository.port';

class NieuweRegeling extends createZodDto(RegelingInvoerSchema) {}

@ApiTags('regelingen')
@Controller('regelingen')
export class RegistreerRegelingController {
  constructor(@Inject(REGELING_REPOSITORY) private readonly regelingen: RegelingRepositoryPort) {}

  @Post()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Record a subsidy scheme (JTF, NPG, …)' })
  @ApiCreatedResponse({ description: 'The scheme' })
  async maak(@Body() r: NieuweRegeling) {
    if (!(await this.regelingen.voegToe(r)))
      throw problemException(409, `A regeling with code ${r.code} exists already.`);
    return this.regelingen.lees(r.code);
  }
}
