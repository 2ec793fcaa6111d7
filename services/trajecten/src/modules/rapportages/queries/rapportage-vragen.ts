import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema } from '@wiz/contracts';
import { RapportperiodeSchema } from '../domain/rapportperiode';

/** The area of a report: one gemeente, or the region when absent. */
const gebied = {
  periode: RapportperiodeSchema,
  gemeentecode: GemeentecodeSchema.optional().describe('Absent for the whole region'),
};

export class VoorbeeldVraag extends createZodDto(z.object(gebied).strict()) {}

export class LijstVraag extends createZodDto(
  z.object({ periode: RapportperiodeSchema.optional(), gemeentecode: GemeentecodeSchema.optional() }).strict(),
) {}

export class BestandVraag extends createZodDto(z.object({ formaat: z.enum(['pdf', 'xlsx']) }).strict()) {}

export class PubliceerVerzoek extends createZodDto(
  z
    .object({
      ...gebied,
      reden: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .optional()
        .describe('Required when this periode and gemeente were published before: why this correction'),
    })
    .strict(),
) {}
