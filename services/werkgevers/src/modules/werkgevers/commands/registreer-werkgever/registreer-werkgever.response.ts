import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class WerkgeverGeregistreerd extends createZodDto(z.object({ id: z.uuid() })) {}
