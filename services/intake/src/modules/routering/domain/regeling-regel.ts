import { z } from 'zod';
import { GemeentecodeSchema, RegelingCodeSchema } from '@wiz/contracts';
import { VoorwaardenSchema } from './voorwaarden';

/**
 * When a regeling (subsidy scheme) may pay for someone's traject: the inwoner lives in one of the listed
 * gemeenten (each scheme has its eligible area) AND the voorwaarden hold. Several rules may name the same
 * regeling; it is eligible when any of them matches.
 */
export const RegelingRegelSchema = z
  .object({
    regeling: RegelingCodeSchema,
    gemeentecodes: z
      .array(GemeentecodeSchema)
      .min(1, { error: 'a regeling needs an eligible area: list at least one gemeentecode' }),
    voorwaarden: VoorwaardenSchema,
  })
  .strict();

export type RegelingRegel = z.infer<typeof RegelingRegelSchema>;
