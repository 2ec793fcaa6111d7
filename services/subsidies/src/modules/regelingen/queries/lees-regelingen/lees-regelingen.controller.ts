import { Inject, Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wiz/platform';
import { REGELING_REPOSITORY, RegelingRepositoryPort } from '../../database/regeling.repository.port';

@ApiTags('regelingen')
@Controller('regelingen')
export class LeesRegelingenController {
  constructor(@Inject(REGELING_REPOSITORY) private readonly regelingen: RegelingRepositoryPort) {}

  @Get()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'All schemes' })
  @ApiOkResponse({ description: '{ items: regeling[] }' })
  async list() {
    return { items: await this.regelingen.alle() };
  }

  @Get(':code')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'One scheme' })
  async get(@Param('code') code: string) {
    const r = await this.regelingen.lees(code);
    if (!r) throw new NotFoundException(`Regeling ${code} not found.`);
    return r;
  }
}
