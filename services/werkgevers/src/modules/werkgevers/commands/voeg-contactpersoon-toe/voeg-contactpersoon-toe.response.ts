import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ContactpersoonToegevoegd extends createZodDto(z.object({ id: z.uuid() })) {}
