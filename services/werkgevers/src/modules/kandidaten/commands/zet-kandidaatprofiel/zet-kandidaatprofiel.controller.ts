import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillsSchema } from '../../../skills/domain';
import { ZetKandidaatprofiel } from './zet-kandidaatprofiel.service';
import { Kandidaatprofiel } from './zet-kandidaatprofiel.response';

class Profiel extends createZodDto(z.object({ skills: IngevoerdeSkillsSchema, vrijgegeven: z.boolean() }).strict()) {}

@ApiTags('matching')
@Controller('kandidaten')
export class ZetKandidaatprofielController {
  constructor(private readonly zetKandidaatprofiel: ZetKandidaatprofiel) {}

  @Put(':trajectId/profiel')
  @HttpCode(200)
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'zetKandidaatprofiel',
    summary: 'Set skills (any texts, mapped onto the vocabulary) and release the candidate profile for matching',
    status: 200,
    response: Kandidaatprofiel,
    errors: { 404: 'No traject with this id that the caller may see.' },
  })
  zet(
    @Param('trajectId', new ParseUUIDPipe()) trajectId: string,
    @Body() p: Profiel,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.zetKandidaatprofiel.execute(trajectId, p, wie);
  }
}
