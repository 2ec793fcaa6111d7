import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapSchema } from '@wiz/contracts';

export class StapGezet extends createZodDto(
  z.object({ id: z.uuid(), huidigeStap: StapSchema, versie: z.number().int() }),
) {}
