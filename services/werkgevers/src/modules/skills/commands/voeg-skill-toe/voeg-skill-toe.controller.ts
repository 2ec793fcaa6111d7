import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillSchema, SkillCodeSchema } from '../../domain';
import { VoegSkillToe } from './voeg-skill-toe.service';

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
  @ApiOperation({ summary: 'Add a skill to the vocabulary, with label and synonyms (beheer; audited)' })
  @ApiCreatedResponse({ description: '{ code, label, synoniemen }' })
  voegToe(@Body() s: NieuweSkill, @CurrentPrincipal() wie: Principal) {
    return this.voegSkillToe.execute(s, wie);
  }
}
