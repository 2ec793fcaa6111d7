import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../../database/declaratie.repository.port';
import { Declaratie, DeclaratieAudit } from './lees-declaratie.response';

@ApiTags('declaraties')
@Controller('declaraties')
export class LeesDeclaratieController {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
  ) {}

  @Get(':id')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'getDeclaratie',
    summary: 'A claim: progress while compiling, then its lines, exclusions, totals and indicators',
    status: 200,
    response: Declaratie,
    errors: { 404: 'No claim with this id that the caller may see.' },
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await this.toegang.eisZichtbaar(id, wie);
    const d = await this.declaraties.lees(id);
    if (!d) throw new NotFoundException(`Declaratie ${id} not found.`);
    return d;
  }

  @Get(':id/audit')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'getDeclaratieAudit',
    summary: 'Every change to the claim: who, what, when',
    status: 200,
    response: DeclaratieAudit,
    errors: { 404: 'No claim with this id that the caller may see.' },
  })
  async audit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await this.toegang.eisZichtbaar(id, wie);
    return { items: await this.declaraties.audit(id) };
  }
}
