import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, paginaSchema, paginering } from '@wiz/contracts';
import {
  RECHTEN,
  RECHTENVERZOEK_UITKOMSTEN,
  toelichtingVerplicht,
  VERLENGING_MAANDEN,
} from '../../domain/rechtenverzoek';
import { AfhandelingVelden } from '../../../inwoners/verzoek-afhandeling';

const tekst = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const Status = z.enum(['open', ...RECHTENVERZOEK_UITKOMSTEN]);

export class RechtenverzoekIndienen extends createZodDto(
  z
    .object({
      recht: z
        .enum(RECHTEN)
        .describe('wissen: erase my data (AVG art. 17); beperken: restrict its use (18); bezwaar: I object (21)'),
      toelichting: tekst(2_000)
        .optional()
        .describe('why, in the person’s own words; required for bezwaar (the grounds of their situation)'),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (toelichtingVerplicht(v.recht) && !v.toelichting)
        ctx.addIssue({ code: 'custom', path: ['toelichting'], message: 'an objection states its grounds' });
    }),
) {}

export class RechtenverzoekAfhandeling extends createZodDto(
  z
    .object({
      uitkomst: z
        .enum(RECHTENVERZOEK_UITKOMSTEN)
        .describe(
          'toegekend: granted (carry it out with POST /inwoners/{inwonerId}/wisverzoeken or /beperkingen); afgewezen: refused',
        ),
      toelichting: tekst(2_000).describe('what the person is told, with the reason for a refusal'),
    })
    .strict(),
) {}

export class RechtenverzoekVerlenging extends createZodDto(
  z
    .object({
      maanden: z
        .union(VERLENGING_MAANDEN.map((n) => z.literal(n)))
        .describe('by how many further months (AVG art. 12(3): at most two)'),
      reden: tekst(2_000).describe(
        'why more time is needed, as the person reads it (the complexity or number of requests)',
      ),
    })
    .strict(),
) {}

export class RechtenverzoekenVraag extends createZodDto(
  z.object({ status: Status.optional(), ...paginering(50) }).strict(),
) {}

const RechtenverzoekSchema = z.object({
  id: z.uuid(),
  recht: z.enum(RECHTEN),
  toelichting: z.string().optional(),
  status: Status,
  ingediendOp: z.iso.datetime({ offset: true }),
  uiterlijkOp: IsoDateSchema.describe(
    'the last day of the answer: one month after the request, or later once extended (AVG art. 12(3))',
  ),
  verlenging: z
    .object({
      op: z.iso.datetime({ offset: true }),
      reden: z.string().nullable().describe('why, as the person was told; null once the person was erased'),
      oorspronkelijkUiterlijkOp: IsoDateSchema.describe('the first deadline, before the extension'),
    })
    .optional()
    .describe('present once the term was extended'),
  ...AfhandelingVelden,
});

export class RechtenverzoekResponse extends createZodDto(RechtenverzoekSchema) {}

export class MijnRechtenverzoeken extends createZodDto(z.object({ items: z.array(RechtenverzoekSchema) })) {}

export class RechtenverzoekenPagina extends createZodDto(
  paginaSchema(
    RechtenverzoekSchema.extend({
      inwonerId: z.uuid().describe('the person; carry out a granted request for this id'),
      naam: z.string().nullable().describe('the person’s name as held; null once erased'),
    }),
  ),
) {}
