import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, ToestemmingDoelSchema } from '@wiz/contracts';

const timestamp = z.iso.datetime({ offset: true });

export const ToestemmingRecordSchema = z.object({
  id: z.uuid(),
  doel: ToestemmingDoelSchema,
  vacatureId: z.uuid().optional().describe('exactly for profiel-delen-met-vacature'),
  gegevenOp: timestamp,
  geldigTot: IsoDateSchema.optional().describe('the last day the consent holds; absent: until withdrawn'),
  ingetrokkenOp: timestamp.optional(),
  actief: z.boolean().describe('in force today: not withdrawn and not past geldigTot'),
  namens: z.boolean().describe('staff last changed it on behalf of the inwoner'),
});

const ToestemmingHandeling = z.object({
  toestemmingId: z.uuid(),
  doel: ToestemmingDoelSchema,
  vacatureId: z.uuid().optional(),
  handeling: z.enum(['gegeven', 'ingetrokken']),
  op: timestamp,
  door: z.enum(['uzelf', 'medewerker']).describe('the inwoner themself, or a staff member on their behalf'),
  organisatie: z.string().optional().describe("the staff member's organisation (never who)"),
});

export class ToestemmingRecord extends createZodDto(ToestemmingRecordSchema) {}

export class ToestemmingenOverzicht extends createZodDto(
  z.object({
    items: z.array(ToestemmingRecordSchema),
    geschiedenis: z.array(ToestemmingHandeling).describe('every change, oldest first'),
  }),
) {}
