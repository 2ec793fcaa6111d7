import { z } from 'zod';
import { ContractvormSchema, IsoDateSchema, UrenPerWeekSchema } from '@wiz/contracts';
import { SroiDoelgroepSchema } from '../../../sroi/domain';

export const NieuwePlaatsingSchema = z
  .object({
    trajectId: z.uuid(),
    werkgeverId: z.uuid(),
    vacatureId: z.uuid().optional(),
    arrangementId: z.uuid().optional(),
    startdatum: IsoDateSchema,
    urenPerWeek: UrenPerWeekSchema,
    contractvorm: ContractvormSchema,
    afspraakbaan: z.boolean().default(false),
    sroiVerplichtingId: z.uuid().optional(),
    // Optional (the contract leaves it out): without it the doelgroep is derived from intake's data, else unconfirmed.
    sroiDoelgroep: SroiDoelgroepSchema.optional(),
  })
  .strict();

export type NieuwePlaatsing = z.infer<typeof NieuwePlaatsingSchema>;
