import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { WerkgeverSchema } from '../werkgever.response';

export class Werkgevers extends createZodDto(z.object({ items: z.array(WerkgeverSchema) })) {}
