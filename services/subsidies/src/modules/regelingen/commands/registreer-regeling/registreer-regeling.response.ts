import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, KOSTENSOORTEN } from '@wiz/contracts';

/** A regeling as the API shows it (RegelingView). */
export const RegelingSchema = z.object({
  code: z.string(),
  naam: z.string(),
  startdatum: IsoDateSchema,
  einddatum: IsoDateSchema,
  gemeentecodes: z.array(z.string()),
  cofinancieringspercentage: z.number(),
  flatRatePercentage: z.number().optional(),
  kostensoorten: z.array(z.enum(KOSTENSOORTEN)),
});

export class Regeling extends createZodDto(RegelingSchema) {}
