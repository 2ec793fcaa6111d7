import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Idempotent, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { wijzigbareWerkgever } from '../database/wijzigbare-werkgever';
import { IngevoerdeSkillsSchema } from '../../matching/domain';
import { laadVocabulaire } from '../../matching/database/skill-vocabulaire';
import { urenPerWeek } from '../../plaatsingen/uren';

class NieuweVacature extends createZodDto(
  z
    .object({
      titel: z.string().trim().min(1).max(300),
      urenPerWeek,
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
  constructor(private readonly transactions: TransactionRunner) {}

  @Post(':id/vacatures')
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({
    summary: 'Add a vacancy (skills: any texts, mapped onto the vocabulary; Open Hiring, CV-less, afspraakbaan)',
  })
  @ApiCreatedResponse({ description: '{ id }' })
  voegToe(
    @Param('id', new ParseUUIDPipe()) werkgeverId: string,
    @Body() v: NieuweVacature,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.transactions.run(async (m) => {
      await wijzigbareWerkgever(m, werkgeverId, wie);
      const id = randomUUID();
      // What the client sent is kept as sent; what matching compares is the code or the normalised free text.
      const skills = (await laadVocabulaire(m)).koppelAlle(v.skills).map((k) => k.skill);
      await m.query(
        `INSERT INTO vacatures (id, werkgever_id, titel, uren_per_week, aantal, skills, skills_ingevoerd, open_hiring, cv_loos, geschikt_voor_afspraakbaan)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          werkgeverId,
          v.titel,
          v.urenPerWeek,
          v.aantal,
          skills,
          v.skills,
          v.openHiring,
          v.cvLoos,
          v.geschiktVoorAfspraakbaan,
        ],
      );
      return { id };
    });
  }
}
