import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { VacatureSchema } from '../werkgever.response';

export class Vacature extends createZodDto(
  VacatureSchema.extend({ werkgeverId: z.uuid(), werkgeverNaam: z.string() }),
) {}
