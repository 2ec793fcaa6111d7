import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../../database/declaratie.repository.port';

@ApiTags('declaraties')
@Controller('declaraties')
export class LeesDeclaratieController {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
  ) {}

  @Get(':id')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'A claim: progress while compiling, then its lines, exclusions, totals and indicators' })
  @ApiOkResponse({ description: 'The claim' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await this.toegang.eisZichtbaar(id, wie);
    const d = await this.declaraties.lees(id);
    if (!d) throw new NotFoundException(`Declaratie ${id} not found.`);
    return d;
  }

  @Get(':id/audit')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Every change to the claim: who, what, when' })
  async audit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await this.toegang.eisZichtbaar(id, wie);
    return { items: await this.declaraties.audit(id) };
  }
}
