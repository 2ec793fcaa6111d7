import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ActiviteitGestart extends createZodDto(z.object({ id: z.uuid() })) {}
