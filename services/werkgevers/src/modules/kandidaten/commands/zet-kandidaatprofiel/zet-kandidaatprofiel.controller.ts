import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillsSchema } from '../../../skills/domain';
import { ZetKandidaatprofiel } from './zet-kandidaatprofiel.service';

class Profiel extends createZodDto(z.object({ skills: IngevoerdeSkillsSchema, vrijgegeven: z.boolean() }).strict()) {}

@ApiTags('matching')
@Controller('kandidaten')
export class ZetKandidaatprofielController {
  constructor(private readonly zetKandidaatprofiel: ZetKandidaatprofiel) {}

  @Put(':trajectId/profiel')
  @HttpCode(200)
  @Roles('consulent', 'beheer')
  @ApiOperation({
    summary: 'Set skills (any texts, mapped onto the vocabulary) and release the candidate profile for matching',
  })
  @ApiOkResponse({ description: '{ trajectId, skills, vrijgegeven }' })
  zet(
    @Param('trajectId', new ParseUUIDPipe()) trajectId: string,
    @Body() p: Profiel,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.zetKandidaatprofiel.execute(trajectId, p, wie);
  }
}
