import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginaSchema, StapSchema } from '@wiz/contracts';

const Tijdstip = z.iso.datetime({ offset: true });

const CaseloadItem = z.object({
  id: z.uuid(),
  inwonerId: z.uuid(),
  huidigeStap: StapSchema,
  organisatie: z.string(),
  gemeentecode: z.string(),
  team: z.string().nullable(),
  consulent: z.string().nullable().describe("the consulent's subject"),
  versie: z.number().int(),
  laatsteWijzigingOp: Tijdstip,
  openOpvolgingen: z.number().int().describe('follow-ups that are due and not yet closed'),
  eersteVervaldatum: Tijdstip.nullable().describe('the earliest due date of the follow-ups not yet closed'),
  verlopen: z.boolean().describe('that due date has passed'),
  waargenomenVoor: z
    .string()
    .nullable()
    .describe('in /caseload: the colleague whose traject the caller sees as their stand-in; null otherwise'),
  planVoortgang: z
    .object({ behaald: z.number().int(), totaal: z.number().int() })
    .optional()
    .describe("the plan's progress: goals behaald out of all its goals (0 of 0 without a plan)"),
});

export class Caseload extends createZodDto(paginaSchema(CaseloadItem)) {}
