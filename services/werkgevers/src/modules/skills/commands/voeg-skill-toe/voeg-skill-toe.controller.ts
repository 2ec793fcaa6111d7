import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillSchema, SkillCodeSchema } from '../../domain';
import { VoegSkillToe } from './voeg-skill-toe.service';
import { VocabulaireSkill } from './voeg-skill-toe.response';

class NieuweSkill extends createZodDto(
  z
    .object({
      code: SkillCodeSchema,
      label: z.string().trim().min(1).max(100),
      synoniemen: z.array(IngevoerdeSkillSchema).max(30).default([]),
    })
    .strict(),
) {}

/** Beheer extends the skills vocabulary without a release (409 naming the code a text stands for already). */
@ApiTags('skills')
@Controller('skills')
export class VoegSkillToeController {
  constructor(private readonly voegSkillToe: VoegSkillToe) {}

  @Post()
  @Roles('beheer')
  @Operation({
    id: 'voegSkillToe',
    summary: 'Add a skill to the vocabulary, with label and synonyms (beheer; audited)',
    status: 201,
    response: VocabulaireSkill,
    errors: { 409: 'The code, label or a synonym stands for a skill already (the problem names it).' },
  })
  voegToe(@Body() s: NieuweSkill, @CurrentPrincipal() wie: Principal) {
    return this.voegSkillToe.execute(s, wie);
  }
}
