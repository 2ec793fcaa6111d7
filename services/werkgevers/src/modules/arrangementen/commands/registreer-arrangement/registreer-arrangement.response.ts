import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ArrangementGeregistreerd extends createZodDto(z.object({ id: z.uuid() })) {}
