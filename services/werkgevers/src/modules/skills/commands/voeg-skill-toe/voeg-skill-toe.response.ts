import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const VocabulaireSkillSchema = z.object({
  code: z.string(),
  label: z.string(),
  synoniemen: z.array(z.string()).describe('normalised'),
});

export class VocabulaireSkill extends createZodDto(VocabulaireSkillSchema) {}
