import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class NieuweRegeltabelVersie extends createZodDto(z.object({ versie: z.number().int() })) {}
