import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

/** The council report: everything the PDF and XLSX show, and what publishing freezes. */
const RapportSchema = z.object({
  periode: z.string().describe('a half year (2026-H1) or quarter (2026-Q1)'),
  van: IsoDateSchema,
  tot: IsoDateSchema,
  gemeentecode: z.string().nullable(),
  definitieVersie: z.number().int(),
  secties: z.array(
    z.object({
      titel: z.string(),
      grafiek: z.enum(['staven', 'voortgang', 'geen']),
      regels: z.array(z.object({ label: z.string(), waarde: z.number(), doel: z.number().nullable() })),
    }),
  ),
  definities: z.array(z.object({ term: z.string(), uitleg: z.string() })),
});

/** A published (frozen) report's metadata. */
export const RapportageSchema = z.object({
  id: z.uuid(),
  periode: z.string(),
  gemeentecode: z.string().nullable(),
  versie: z.number().int(),
  reden: z.string().nullable().describe('why a correction was published; null for the first version'),
  definitieVersie: z.number().int(),
  gepubliceerdDoor: z.string(),
  gepubliceerdOp: z.iso.datetime({ offset: true }),
  sha256: z.object({ pdf: z.string(), xlsx: z.string() }),
});

export class Rapport extends createZodDto(RapportSchema) {}

export class Rapportage extends createZodDto(RapportageSchema) {}

export class GepubliceerdeRapportage extends createZodDto(RapportageSchema.extend({ rapport: RapportSchema })) {}

export class Rapportages extends createZodDto(z.object({ items: z.array(RapportageSchema) })) {}
