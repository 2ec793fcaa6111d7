import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class VacatureToegevoegd extends createZodDto(z.object({ id: z.uuid() })) {}
