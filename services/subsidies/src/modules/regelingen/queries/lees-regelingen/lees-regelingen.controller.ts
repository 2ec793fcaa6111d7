import { Inject, Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { REGELING_REPOSITORY, RegelingRepositoryPort } from '../../database/regeling.repository.port';
import { Regelingen } from './lees-regelingen.response';
import { Regeling } from '../../commands/registreer-regeling/registreer-regeling.response';

@ApiTags('regelingen')
@Controller('regelingen')
export class LeesRegelingenController {
  constructor(@Inject(REGELING_REPOSITORY) private readonly regelingen: RegelingRepositoryPort) {}

  @Get()
  @Roles('financien', 'beheer')
  @Operation({ id: 'listRegelingen', summary: 'All schemes', status: 200, response: Regelingen })
  async list() {
    return { items: await this.regelingen.alle() };
  }

  @Get(':code')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'getRegeling',
    summary: 'One scheme',
    status: 200,
    response: Regeling,
    errors: { 404: 'No regeling with this code.' },
  })
  async get(@Param('code') code: string) {
    const r = await this.regelingen.lees(code);
    if (!r) throw new NotFoundException(`Regeling ${code} not found.`);
    return r;
  }
}
