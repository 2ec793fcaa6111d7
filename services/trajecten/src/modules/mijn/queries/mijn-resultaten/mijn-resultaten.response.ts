import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

export const ResultaatSchema = z.object({
  id: z.uuid().describe('stable: the activity or the placement it comes from'),
  soort: z.enum(['opleiding', 'praktijkverklaring', 'plaatsing']),
  omschrijving: z.string(),
  behaaldOp: IsoDateSchema,
  organisatie: z.string().describe('the gemeente or partner of the traject, by name'),
});

export class MijnResultaten extends createZodDto(z.object({ items: z.array(ResultaatSchema) })) {}
