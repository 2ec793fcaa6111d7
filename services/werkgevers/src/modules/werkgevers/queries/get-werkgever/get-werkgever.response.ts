import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { VacatureSchema, WerkgeverSchema } from '../werkgever.response';

const Contactpersoon = z.object({
  id: z.uuid(),
  naam: z.string(),
  functie: z.string().nullable(),
  email: z.string().nullable(),
  telefoon: z.string().nullable(),
});

export class Werkgever extends createZodDto(
  WerkgeverSchema.extend({ contactpersonen: z.array(Contactpersoon), vacatures: z.array(VacatureSchema) }),
) {}
