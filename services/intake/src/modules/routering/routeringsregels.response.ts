import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RegeltabelSchema } from './domain';

export class RegeltabelVersie extends createZodDto(
  z.object({
    versie: z.number().int(),
    tabel: RegeltabelSchema,
    toelichting: z.string(),
    vastgesteldDoor: z.string(),
    vastgesteldOp: z.iso.datetime({ offset: true }),
  }),
) {}

export class NieuweRegeltabelVersie extends createZodDto(z.object({ versie: z.number().int() })) {}
