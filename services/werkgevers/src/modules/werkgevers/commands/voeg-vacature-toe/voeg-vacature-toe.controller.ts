import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { UrenPerWeekSchema } from '@wiz/contracts';
import { z } from 'zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { IngevoerdeSkillsSchema } from '../../../skills/domain';
import { VoegVacatureToe } from './voeg-vacature-toe.service';
import { VacatureToegevoegd } from './voeg-vacature-toe.response';

class NieuweVacature extends createZodDto(
  z
    .object({
      titel: z.string().trim().min(1).max(300),
      urenPerWeek: UrenPerWeekSchema,
      aantal: z.number().int().min(1).max(1_000),
      skills: IngevoerdeSkillsSchema.default([]),
      openHiring: z.boolean().default(false),
      cvLoos: z.boolean().default(false),
      geschiktVoorAfspraakbaan: z.boolean().default(false),
    })
    .strict(),
) {}

@ApiTags('werkgevers')
@Controller('werkgevers')
export class VoegVacatureToeController {
  constructor(private readonly voegVacatureToe: VoegVacatureToe) {}

  @Post(':id/vacatures')
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @Operation({
    id: 'voegVacatureToe',
    summary: 'Add a vacancy (skills: any texts, mapped onto the vocabulary; Open Hiring, CV-less, afspraakbaan)',
    status: 201,
    response: VacatureToegevoegd,
    errors: { 404: 'No employer with this id that the caller may see.' },
  })
  voegToe(
    @Param('id', new ParseUUIDPipe()) werkgeverId: string,
    @Body() v: NieuweVacature,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.voegVacatureToe.execute(werkgeverId, v, wie);
  }
}
