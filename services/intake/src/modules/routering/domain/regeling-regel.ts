import { z } from 'zod';
import { GemeentecodeSchema, RegelingCodeSchema } from '@wiz/contracts';
import { VoorwaardenSchema } from './voorwaarden';

/**
 * When a regeling (subsidy scheme) may pay for someone's traject: the inwoner lives in one of the listed
 * gemeenten (each scheme has its eligible area) AND the voorwaarden hold. Several rules may name the same
 * regeling; it is eligible when any of them matches. An age limit is only applied when the regeling states one, so
 * a rule with an age condition must name its `bron` (checked when a table is published, see regeltabel.ts).
 */
export const RegelingRegelSchema = z
  .object({
    regeling: RegelingCodeSchema,
    gemeentecodes: z
      .array(GemeentecodeSchema)
      .min(1, { error: 'a regeling needs an eligible area: list at least one gemeentecode' }),
    voorwaarden: VoorwaardenSchema,
    bron: z
      .string()
      .trim()
      .min(1)
      .max(1_000)
      .optional()
      .describe('Where the conditions come from (regeling, article); required when the rule sets an age limit'),
  })
  .strict();

export type RegelingRegel = z.infer<typeof RegelingRegelSchema>;
