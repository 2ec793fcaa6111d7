import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const Keuze = z.object({ waarde: z.string(), tekst: z.string().describe('Dutch label') });

export class WerkgeversKeuzelijsten extends createZodDto(
  z.object({ skills: z.array(Keuze), sroiDoelgroepen: z.array(Keuze) }),
) {}
