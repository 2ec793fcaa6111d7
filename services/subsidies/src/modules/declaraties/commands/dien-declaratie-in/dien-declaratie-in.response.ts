import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Indiening extends createZodDto(z.object({ id: z.uuid().optional(), status: z.literal('ingediend') })) {}
