import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillSchema } from '../../domain';
import { VoegSynoniemToe } from './voeg-synoniem-toe.service';

class NieuwSynoniem extends createZodDto(z.object({ synoniem: IngevoerdeSkillSchema }).strict()) {}

/** Beheer adds a synonym to a code of the vocabulary (409 when the text stands for a code already). */
@ApiTags('skills')
@Controller('skills')
export class VoegSynoniemToeController {
  constructor(private readonly voegSynoniem: VoegSynoniemToe) {}

  @Post(':code/synoniemen')
  @Roles('beheer')
  @ApiOperation({ summary: 'Add a synonym to a skill of the vocabulary (beheer; audited)' })
  @ApiCreatedResponse({ description: '{ code, synoniem } (the synonym as stored: normalised)' })
  voegSynoniemToe(@Param('code') code: string, @Body() s: NieuwSynoniem, @CurrentPrincipal() wie: Principal) {
    return this.voegSynoniem.execute(code, s.synoniem, wie);
  }
}
