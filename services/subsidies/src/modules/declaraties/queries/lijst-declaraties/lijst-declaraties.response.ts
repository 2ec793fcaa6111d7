import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, paginaSchema, UitsluitingsredenSchema } from '@wiz/contracts';

const DeclaratieSamenvatting = z.object({
  id: z.uuid(),
  regelingCode: z.string(),
  periodeVan: IsoDateSchema,
  periodeTot: IsoDateSchema,
  status: z.string().describe('in-bewerking, concept or ingediend'),
  voortgang: z.number().int().min(0).max(100),
  subsidiabelCenten: z.number().int().optional().describe('once compiled'),
  bijdrageCenten: z.number().int().nullable().optional().describe('once compiled'),
  aangemaaktOp: z.iso.datetime({ offset: true }),
  ingediendOp: z.iso.datetime({ offset: true }).optional(),
});

const DeclaratieRegel = z.object({
  kostenregelId: z.uuid(),
  opgenomen: z.boolean(),
  reden: UitsluitingsredenSchema.optional().describe('why an excluded line is excluded'),
  datum: IsoDateSchema,
  soort: z.string(),
  bedragCenten: z.number().int(),
  omschrijving: z.string(),
  inwonerId: z.uuid().optional(),
  bewijsstuk: z.string().optional(),
});

export class DeclaratiesPagina extends createZodDto(paginaSchema(DeclaratieSamenvatting)) {}

export class DeclaratieRegelsPagina extends createZodDto(paginaSchema(DeclaratieRegel)) {}
