import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, UitsluitingsredenSchema } from '@wiz/contracts';

/**
 * The contract's claim shape (DeclaratieView): totals, lines and indicators once compiled. Only what the contract
 * shows is required; the scheme, period and progress beside it are always there but optional to a client.
 */
export const DeclaratieSchema = z.object({
  id: z.uuid(),
  status: z.string().describe('in-bewerking, concept or ingediend'),
  regelingCode: z.string().optional(),
  periodeVan: IsoDateSchema.optional(),
  periodeTot: IsoDateSchema.optional(),
  voortgang: z.number().int().min(0).max(100).optional(),
  subsidiabelCenten: z.number().int().optional(),
  bijdrageCenten: z.number().int().optional(),
  directePersoneelskostenCenten: z.number().int().optional(),
  flatRateCenten: z.number().int().optional(),
  opgenomen: z.array(z.uuid()).optional().describe('ids of the included cost lines; left out with `regels=geen`'),
  uitgesloten: z
    .array(z.object({ kostenregelId: z.uuid(), reden: UitsluitingsredenSchema }))
    .optional()
    .describe('the excluded cost lines with their reasons; left out with `regels=geen`'),
  aantallen: z
    .object({
      opgenomen: z.number().int().min(0).describe('included cost lines'),
      uitgesloten: z
        .record(z.string(), z.number().int().min(0))
        .describe('excluded cost lines per reason that has any'),
    })
    .optional()
    .describe('how many lines the compiled claim includes and excludes, also with `regels=geen`'),
  indicatoren: z.record(z.string(), z.unknown()).optional().describe('the ESF+ indicators of its participants'),
  ingediendOp: z.iso.datetime({ offset: true }).optional(),
});

export class Declaratie extends createZodDto(DeclaratieSchema) {}

/**
 * `regels=geen`: the claim without its lines (a million ids are tens of megabytes), for a screen that shows its
 * totals and counts and pages through the lines (GET /declaraties/{id}/regels). Other query parameters are ignored,
 * as they were before this one existed.
 */
export class DeclaratieVraag extends createZodDto(
  z.object({
    regels: z.enum(['alle', 'geen']).default('alle').describe('`geen` leaves out opgenomen and uitgesloten'),
  }),
) {}

export class DeclaratieAudit extends createZodDto(
  z.object({
    items: z.array(
      z.object({ actie: z.string(), door: z.string(), op: z.iso.datetime({ offset: true }), details: z.unknown() }),
    ),
  }),
) {}
