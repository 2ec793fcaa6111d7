import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { assertReach, CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { IngevoerdeSkillsSchema } from '../domain';
import { laadVocabulaire } from '../database/skill-vocabulaire';

class Profiel extends createZodDto(z.object({ skills: IngevoerdeSkillsSchema, vrijgegeven: z.boolean() }).strict()) {}

/** The consultant of the traject's organisation sets the candidate's skills and releases (or withdraws) the profile. */
@ApiTags('matching')
@Controller('kandidaten')
export class KandidaatprofielController {
  constructor(private readonly transactions: TransactionRunner) {}

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
    return this.transactions.run(async (m) => {
      const [k] = await m.query('SELECT organisatie FROM kandidaten WHERE traject_id = $1 FOR UPDATE', [trajectId]);
      assertReach(wie, SCOPING.kandidaatprofiel, 'write', k && [k.organisatie], `Traject ${trajectId}`);
      // Mapped as a vacancy's skills are, so a free skill on both sides matches on its normalised text.
      const skills = (await laadVocabulaire(m)).koppelAlle(p.skills).map((k) => k.skill);
      await m.query('UPDATE kandidaten SET skills = $2, vrijgegeven = $3 WHERE traject_id = $1', [
        trajectId,
        skills,
        p.vrijgegeven,
      ]);
      return { trajectId, skills, vrijgegeven: p.vrijgegeven };
    });
  }
}
