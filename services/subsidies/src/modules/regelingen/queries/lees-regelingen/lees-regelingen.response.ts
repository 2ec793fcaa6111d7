import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RegelingSchema } from '../../commands/registreer-regeling/registreer-regeling.response';

export class Regelingen extends createZodDto(z.object({ items: z.array(RegelingSchema) })) {}
