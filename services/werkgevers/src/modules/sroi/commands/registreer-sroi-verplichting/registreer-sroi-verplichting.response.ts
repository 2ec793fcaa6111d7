import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SroiVerplichtingGeregistreerd extends createZodDto(z.object({ id: z.uuid() })) {}
