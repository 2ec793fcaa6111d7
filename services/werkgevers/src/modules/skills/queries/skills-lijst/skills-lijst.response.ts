import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { VocabulaireSkillSchema } from '../../commands/voeg-skill-toe/voeg-skill-toe.response';

export class SkillsVocabulaire extends createZodDto(z.object({ items: z.array(VocabulaireSkillSchema) })) {}
