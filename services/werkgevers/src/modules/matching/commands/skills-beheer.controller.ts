import { Body, Controller, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { CurrentPrincipal, Principal, Roles, TransactionRunner, problemException } from '@wiz/platform';
import { IngevoerdeSkillSchema, normaliseerSkill, SkillCodeSchema } from '../domain';
import { herkoppel, laadVocabulaire, vergrendelVocabulaire } from '../database/skill-vocabulaire';
import { AuditLog } from '../../audit/audit-log';

class NieuweSkill extends createZodDto(
  z
    .object({
      code: SkillCodeSchema,
      label: z.string().trim().min(1).max(100),
      synoniemen: z.array(IngevoerdeSkillSchema).max(30).default([]),
    })
    .strict(),
) {}
class NieuwSynoniem extends createZodDto(z.object({ synoniem: IngevoerdeSkillSchema }).strict()) {}

/**
 * Beheer extends the skills vocabulary without a release: a new code (with label and synonyms) or a synonym of an
 * existing one. A text may stand for one code only (409 naming the code it has). Vacancies and profiles that held
 * the text as a free skill match on the code from then on. Audited in the same transaction.
 */
@ApiTags('skills')
@Controller('skills')
export class SkillsBeheerController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @Roles('beheer')
  @ApiOperation({ summary: 'Add a skill to the vocabulary, with label and synonyms (beheer; audited)' })
  @ApiCreatedResponse({ description: '{ code, label, synoniemen }' })
  voegToe(@Body() s: NieuweSkill, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const synoniemen = [...new Set(s.synoniemen.map(normaliseerSkill))];
      await this.vrij(m, [
        ['code', s.code],
        ['label', s.label],
        ...synoniemen.map((y): [string, string] => ['synoniemen', y]),
      ]);
      await m.query('INSERT INTO skills (code, label) VALUES ($1, $2)', [s.code, s.label]);
      for (const synoniem of synoniemen)
        await m.query('INSERT INTO skill_synoniemen (synoniem, code) VALUES ($1, $2)', [synoniem, s.code]);
      await herkoppel(m, [...new Set([s.code, s.label, ...synoniemen].map(normaliseerSkill))], s.code);
      await this.audit.schrijf(m, wie, 'skill-toevoegen', s.code, { label: s.label, synoniemen });
      return { code: s.code, label: s.label, synoniemen };
    });
  }

  @Post(':code/synoniemen')
  @Roles('beheer')
  @ApiOperation({ summary: 'Add a synonym to a skill of the vocabulary (beheer; audited)' })
  @ApiCreatedResponse({ description: '{ code, synoniem } (the synonym as stored: normalised)' })
  voegSynoniemToe(@Param('code') code: string, @Body() s: NieuwSynoniem, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const synoniem = normaliseerSkill(s.synoniem);
      await this.vrij(m, [['synoniem', synoniem]]);
      const [bestaat] = await m.query('SELECT 1 FROM skills WHERE code = $1', [code]);
      if (!bestaat) throw new NotFoundException(`Skill ${code} not found.`);
      await m.query('INSERT INTO skill_synoniemen (synoniem, code) VALUES ($1, $2)', [synoniem, code]);
      await herkoppel(m, [synoniem], code);
      await this.audit.schrijf(m, wie, 'synoniem-toevoegen', code, { synoniem });
      return { code, synoniem };
    });
  }

  /** Locks the vocabulary and refuses (409) a text that already stands for a code. */
  private async vrij(m: EntityManager, teksten: readonly [veld: string, tekst: string][]): Promise<void> {
    await vergrendelVocabulaire(m);
    const vocabulaire = await laadVocabulaire(m);
    for (const [veld, tekst] of teksten) {
      const code = vocabulaire.codeVan(tekst);
      if (code)
        throw problemException(409, `'${normaliseerSkill(tekst)}' stands for skill ${code} already.`, {
          field: veld,
          code,
        });
    }
  }
}
