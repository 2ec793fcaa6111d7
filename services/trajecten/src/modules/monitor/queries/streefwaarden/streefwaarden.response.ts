import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, StreefwaardeSleutelSchema } from '@wiz/contracts';

/** A target and/or starting balance for one monitor figure, valid from a date, with who set it and when. */
export const StreefwaardeSchema = z.object({
  id: z.uuid(),
  sleutel: StreefwaardeSleutelSchema,
  gemeentecode: z.string().nullable().describe('null: the whole region'),
  geldigVanaf: IsoDateSchema,
  basisdatum: IsoDateSchema.nullable(),
  beginstand: z.number().int().nullable(),
  beginstandEenheden: z.number().nullable(),
  doel: z.number().int().nullable(),
  doelEenheden: z.number().nullable(),
  vastgesteldDoor: z.string(),
  vastgesteldOp: z.iso.datetime({ offset: true }),
});

export class Streefwaarde extends createZodDto(StreefwaardeSchema) {}

export class Streefwaarden extends createZodDto(z.object({ items: z.array(StreefwaardeSchema) })) {}
