import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PLAN_STATUSSEN } from '../../domain/plan';
import { PlanAkkoordSchema } from '../../commands/leg-akkoord-vast/leg-akkoord-vast.response';

const PlanActieSchema = z.object({
  id: z.uuid(),
  omschrijving: z.string().describe('exactly as typed; render it as text'),
  eigenaar: z.string().describe("'inwoner', 'consulent' or the name of someone else"),
  streefdatum: z.iso.date(),
  status: z.enum(PLAN_STATUSSEN),
});

const PlanDoelSchema = z.object({
  id: z.uuid(),
  omschrijving: z.string().describe('exactly as typed; render it as text'),
  streefdatum: z.iso.date().nullable(),
  status: z.enum(PLAN_STATUSSEN),
  acties: z.array(PlanActieSchema),
});

export const PlanVoortgangSchema = z
  .object({ behaald: z.number().int(), totaal: z.number().int() })
  .describe('goals behaald out of all goals of the plan');

export class TrajectPlan extends createZodDto(
  z.object({
    doelen: z.array(PlanDoelSchema).describe('oldest first, each with its actions'),
    voortgang: PlanVoortgangSchema,
    akkoord: PlanAkkoordSchema.nullable().describe('the latest agreement with the inwoner; null before any'),
  }),
) {}
