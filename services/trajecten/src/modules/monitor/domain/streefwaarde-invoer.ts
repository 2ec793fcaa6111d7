import { z } from 'zod';
import { GemeentecodeSchema, IsoDateSchema, StreefwaardeSleutelSchema } from '@wiz/contracts';

/**
 * What beheer sends to set a target and/or starting balance. A starting balance needs the date it stands at
 * (basisdatum); counts in 25.5-hour units exist only for afspraakbanen (the national unit).
 */
export const StreefwaardeInvoerSchema = z
  .object({
    sleutel: StreefwaardeSleutelSchema,
    gemeentecode: GemeentecodeSchema.optional(),
    geldigVanaf: IsoDateSchema,
    basisdatum: IsoDateSchema.optional(),
    beginstand: z.number().int().min(0).optional(),
    beginstandEenheden: z.number().min(0).optional(),
    doel: z.number().int().min(0).optional(),
    doelEenheden: z.number().min(0).optional(),
  })
  .strict()
  .refine((s) => [s.beginstand, s.beginstandEenheden, s.doel, s.doelEenheden].some((v) => v !== undefined), {
    path: ['doel'],
    message: 'give a doel, a beginstand or both',
  })
  .refine((s) => (s.beginstand === undefined && s.beginstandEenheden === undefined) || s.basisdatum !== undefined, {
    path: ['basisdatum'],
    message: 'a beginstand needs the basisdatum it stands at',
  })
  .refine((s) => s.sleutel === 'afspraakbanen' || (s.beginstandEenheden === undefined && s.doelEenheden === undefined), {
    path: ['sleutel'],
    message: '25.5-hour units (beginstandEenheden, doelEenheden) exist only for afspraakbanen',
  });
export type StreefwaardeInvoer = z.infer<typeof StreefwaardeInvoerSchema>;
