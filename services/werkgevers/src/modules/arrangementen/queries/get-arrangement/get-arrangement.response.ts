import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, PlaatsingEindeRedenSchema } from '@wiz/contracts';
import { ArrangementSchema } from '../arrangement.response';

/** A placement in the arrangement, without the person: only those the caller may see (of its trajecten or placed by it). */
const PlaatsingInArrangement = z.object({
  id: z.uuid(),
  werkgeverId: z.uuid(),
  werkgeverNaam: z.string(),
  vacatureTitel: z.string().nullable(),
  startdatum: IsoDateSchema,
  einddatum: IsoDateSchema.nullable(),
  eindReden: z.string().nullable(),
  eindRedenCode: PlaatsingEindeRedenSchema.nullable(),
});

export class Arrangement extends createZodDto(
  ArrangementSchema.extend({
    plaatsingen: z
      .array(PlaatsingInArrangement)
      .describe('the placements in it the caller may see, newest start first'),
  }),
) {}
