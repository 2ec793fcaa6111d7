import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Uitkomst extends createZodDto(
  z.object({ duurzaam: z.boolean().describe('in dienst and at least 24 hours a week') }),
) {}
