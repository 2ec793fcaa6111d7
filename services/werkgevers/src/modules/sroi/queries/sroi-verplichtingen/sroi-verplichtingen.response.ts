import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

const SroiVerplichtingSchema = z.object({
  id: z.uuid(),
  werkgeverId: z.uuid(),
  werkgeverNaam: z.string(),
  opdracht: z.string(),
  opdrachtwaardeCenten: z.number().int(),
  percentage: z.number(),
  startdatum: IsoDateSchema,
  einddatum: IsoDateSchema,
  voortgang: z.object({
    doelCenten: z.number().int(),
    peildatum: IsoDateSchema.describe('the day it is realised up to'),
    gerealiseerdCenten: z.number().int().describe('what the placements’ days up to peildatum are worth'),
    verwachtCenten: z
      .number()
      .int()
      .describe('what they will be worth at the end of the obligation if the running ones run until then'),
    percentageGerealiseerd: z
      .number()
      .describe('gerealiseerd of doel: two decimals, rounded down; above 100 when over-delivered'),
    aantalPlaatsingen: z.number().int(),
    doelgroepOnbevestigd: z
      .object({ aantalPlaatsingen: z.number().int(), gerealiseerdCenten: z.number().int() })
      .describe('counted at the lowest bouwblok until their doelgroep is confirmed'),
  }),
});

export class SroiVerplichting extends createZodDto(SroiVerplichtingSchema) {}

export class SroiVerplichtingen extends createZodDto(z.object({ items: z.array(SroiVerplichtingSchema) })) {}
