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
  opgenomen: z.array(z.uuid()).optional().describe('ids of the included cost lines'),
  uitgesloten: z.array(z.object({ kostenregelId: z.uuid(), reden: UitsluitingsredenSchema })).optional(),
  indicatoren: z.record(z.string(), z.unknown()).optional().describe('the ESF+ indicators of its participants'),
  ingediendOp: z.iso.datetime({ offset: true }).optional(),
});

export class Declaratie extends createZodDto(DeclaratieSchema) {}

export class DeclaratieAudit extends createZodDto(
  z.object({
    items: z.array(
      z.object({ actie: z.string(), door: z.string(), op: z.iso.datetime({ offset: true }), details: z.unknown() }),
    ),
  }),
) {}
