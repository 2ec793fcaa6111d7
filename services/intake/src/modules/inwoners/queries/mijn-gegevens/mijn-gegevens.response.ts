import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class MijnGegevensResponse extends createZodDto(
  z.object({
    naam: z.object({ voornaam: z.string(), achternaam: z.string().nullable() }),
    geboortedatum: z.iso.date().nullable(),
    adres: z.object({ postcode: z.string().nullable(), huisnummer: z.string().nullable() }),
    contact: z.object({ email: z.string().nullable(), telefoon: z.string().nullable() }),
    gemeente: z.string().describe('gemeentecode of the gemeente the person lives in'),
    bsn: z.string().nullable().describe('masked: only the last three digits shown (******123)'),
  }),
) {}
