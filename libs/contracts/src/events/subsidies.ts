import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../values/dates';
import { NonNegativeCentenSchema } from '../values/money';
import { REGELING_CODE_PATTERN } from '../values/regeling-code';
import { UuidSchema } from '../values/uuid';
import { defineEvent, type EventData } from './define-event';

export const DeclaratieIngediend = defineEvent({
  service: 'subsidies',
  name: 'declaratie-ingediend',
  version: 1,
  description:
    'A subsidy claim (declaratie) for a scheme and period was submitted; its cost lines can never be claimed again.',
  schema: z
    .object({
      declaratieId: UuidSchema,
      // Any scheme finance registers (JTF and NPG, and calls or successors under their own code).
      regelingCode: z.string().regex(REGELING_CODE_PATTERN),
      periodeVan: IsoDateSchema,
      periodeTot: IsoDateSchema,
      subsidiabelCenten: NonNegativeCentenSchema,
      bijdrageCenten: NonNegativeCentenSchema,
      aantalKostenregels: z.number().int().min(0),
      ingediendOp: TimestampSchema,
    })
    .strict()
    // ISO dates compare correctly as strings.
    .refine((d) => d.periodeVan <= d.periodeTot, { error: 'periodeTot is before periodeVan', path: ['periodeTot'] })
    // The contribution is a co-financing share of the eligible costs, so it can never exceed them.
    .refine((d) => d.bijdrageCenten <= d.subsidiabelCenten, {
      error: 'bijdrageCenten exceeds subsidiabelCenten',
      path: ['bijdrageCenten'],
    }),
});
export type DeclaratieIngediendData = EventData<typeof DeclaratieIngediend>;
