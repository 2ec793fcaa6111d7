import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { BsnSchema, IsoDateSchema } from '@wiz/contracts';

/** Either a BSN, or a surname with a birth date: never a mix, so a search is always one of the two. */
const ZoekvraagSchema = z
  .object({
    bsn: BsnSchema.optional(),
    achternaam: z.string().trim().min(1).max(200).optional(),
    geboortedatum: IsoDateSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const opNaam = v.achternaam !== undefined || v.geboortedatum !== undefined;
    if ((v.bsn !== undefined) === opNaam) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'give either bsn, or achternaam with geboortedatum' });
    } else if (opNaam) {
      for (const veld of ['achternaam', 'geboortedatum'] as const) {
        if (v[veld] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [veld],
            message: `required with ${veld === 'achternaam' ? 'geboortedatum' : 'achternaam'}`,
          });
      }
    }
  });

export class Zoekvraag extends createZodDto(ZoekvraagSchema) {}
