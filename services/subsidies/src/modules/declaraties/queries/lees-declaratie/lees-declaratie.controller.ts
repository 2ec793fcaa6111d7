import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JsonStream, Operation, Principal, Roles } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import {
  DECLARATIE_REPOSITORY,
  DeclaratieRepositoryPort,
  type DeclaratieView,
} from '../../database/declaratie.repository.port';
import { Declaratie, DeclaratieAudit, DeclaratieVraag } from './lees-declaratie.response';
import { LeesDeclaratieService } from './lees-declaratie.service';

@ApiTags('declaraties')
@Controller('declaraties')
export class LeesDeclaratieController {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    private readonly service: LeesDeclaratieService,
  ) {}

  @Get(':id')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'getDeclaratie',
    summary: 'A claim: progress while compiling, then its totals, counts, lines, exclusions and indicators',
    status: 200,
    response: Declaratie,
    errors: { 404: 'No claim with this id that the caller may see.' },
  })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() vraag: DeclaratieVraag,
    @CurrentPrincipal() wie: Principal,
  ) {
    const d = await this.service.lees(id, wie, vraag.regels === 'alle');
    return 'schrijf' in d ? new JsonStream<DeclaratieView>(d.schrijf) : d;
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
