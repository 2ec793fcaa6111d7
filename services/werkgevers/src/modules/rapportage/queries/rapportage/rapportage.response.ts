import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

const AfspraakbanenStand = z.object({
  basisdatum: IsoDateSchema,
  beginstand: z.number(),
  beginstandEenheden: z.number(),
  banen: z.number().int(),
  eenheden: z.number(),
  doel: z.number().nullable(),
  doelEenheden: z.number().nullable(),
});

/**
 * The contract shows plaatsingen, sroiPlaatsingen and afspraakbanenCumulatief, so only those are required; the
 * rest is always there, but optional to a client.
 */
export class WerkgeversRapportage extends createZodDto(
  z.object({
    van: IsoDateSchema.optional(),
    tot: IsoDateSchema.optional(),
    plaatsingen: z.number().int(),
    sroiPlaatsingen: z.number().int(),
    afspraakbanenCumulatief: z.number().int().describe('running total in heads at tot'),
    afspraakbaanEenheden: z.number().describe('the same in 25.5-hour units').optional(),
    afspraakbanen: AfspraakbanenStand.optional(),
    afspraakbanenLopend: z.object({ banen: z.number().int(), eenheden: z.number() }).optional(),
    perSector: z.array(z.object({ sector: z.string(), plaatsingen: z.number().int() })).optional(),
    perArrangement: z
      .array(
        z.object({
          arrangementId: z.uuid(),
          naam: z.string(),
          plaatsen: z.number().int(),
          plaatsingen: z.number().int(),
          bezet: z.number().int(),
        }),
      )
      .optional(),
  }),
) {}
