import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class KostenregelGeregistreerd extends createZodDto(z.object({ id: z.uuid() })) {}
