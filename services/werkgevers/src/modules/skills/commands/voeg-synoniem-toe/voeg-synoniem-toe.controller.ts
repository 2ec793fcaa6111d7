import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillSchema } from '../../domain';
import { VoegSynoniemToe } from './voeg-synoniem-toe.service';
import { SynoniemToegevoegd } from './voeg-synoniem-toe.response';

class NieuwSynoniem extends createZodDto(z.object({ synoniem: IngevoerdeSkillSchema }).strict()) {}

/** Beheer adds a synonym to a code of the vocabulary (409 when the text stands for a code already). */
@ApiTags('skills')
@Controller('skills')
export class VoegSynoniemToeController {
  constructor(private readonly voegSynoniem: VoegSynoniemToe) {}

  @Post(':code/synoniemen')
  @Roles('beheer')
  @Operation({
    id: 'voegSynoniemToe',
    summary: 'Add a synonym to a skill of the vocabulary (beheer; audited)',
    status: 201,
    response: SynoniemToegevoegd,
    errors: {
      404: 'No skill with this code.',
      409: 'The text stands for a skill already (the problem names it).',
    },
  })
  voegSynoniemToe(@Param('code') code: string, @Body() s: NieuwSynoniem, @CurrentPrincipal() wie: Principal) {
    return this.voegSynoniem.execute(code, s.synoniem, wie);
  }
}
