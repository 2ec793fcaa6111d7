import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

/** An arrangement with its occupancy, as every read of arrangementen shows it (arrangementView). */
export const ArrangementSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: z.string(),
  werkgeverIds: z.array(z.uuid()),
  onderwijsinstelling: z.string().nullable(),
  plaatsen: z.number().int(),
  startdatum: IsoDateSchema,
  einddatum: IsoDateSchema,
  bezet: z.number().int().describe('placements in it that have not ended'),
});
