import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, paginaSchema } from '@wiz/contracts';

const Kostenregel = z.object({
  id: z.uuid(),
  regelingCode: z.string(),
  soort: z.string(),
  bedragCenten: z.number().int(),
  datum: IsoDateSchema,
  omschrijving: z.string(),
  inwonerId: z.uuid().optional(),
  bewijsstuk: z.string().optional(),
  uren: z.number().optional().describe('staff hours, with uurtariefCenten'),
  uurtariefCenten: z.number().int().optional(),
  ingediendInDeclaratie: z.uuid().optional().describe('the submitted claim that holds it'),
});

export class KostenregelsPagina extends createZodDto(paginaSchema(Kostenregel)) {}
