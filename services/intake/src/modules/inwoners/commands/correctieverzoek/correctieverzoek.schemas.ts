import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginaSchema, paginering } from '@wiz/contracts';
import { CORRECTIE_ONDERDELEN, CORRECTIE_UITKOMSTEN } from '../../domain/correctieverzoek';
import { AfhandelingVelden } from '../../verzoek-afhandeling';

const tekst = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export class CorrectieverzoekIndienen extends createZodDto(
  z
    .object({
      onderdeel: z.enum(CORRECTIE_ONDERDELEN).describe('which part of "Mijn gegevens" is wrong'),
      gewenst: tekst(500).describe('what it should be, in the person’s own words'),
      toelichting: tekst(1_000).optional(),
    })
    .strict(),
) {}

export class CorrectieverzoekAfhandeling extends createZodDto(
  z
    .object({
      uitkomst: z
        .enum(CORRECTIE_UITKOMSTEN)
        .describe('doorgevoerd: the correction was made (PATCH /inwoners/{id}); afgewezen: it was not'),
      toelichting: tekst(1_000).describe('what the person is told'),
    })
    .strict(),
) {}

export class CorrectieverzoekenVraag extends createZodDto(
  z.object({ status: z.enum(['open', ...CORRECTIE_UITKOMSTEN]).optional(), ...paginering(50) }).strict(),
) {}

const CorrectieverzoekSchema = z.object({
  id: z.uuid(),
  onderdeel: z.enum(CORRECTIE_ONDERDELEN),
  gewenst: z.string(),
  toelichting: z.string().optional(),
  status: z.enum(['open', ...CORRECTIE_UITKOMSTEN]),
  ingediendOp: z.iso.datetime({ offset: true }),
  ...AfhandelingVelden,
});

export class CorrectieverzoekResponse extends createZodDto(CorrectieverzoekSchema) {}

export class MijnCorrectieverzoeken extends createZodDto(z.object({ items: z.array(CorrectieverzoekSchema) })) {}

export class CorrectieverzoekenPagina extends createZodDto(
  paginaSchema(
    CorrectieverzoekSchema.extend({
      inwonerId: z.uuid().describe('the person; their correction form is PATCH /inwoners/{inwonerId}'),
      naam: z.string().describe('the person’s name as held'),
    }),
  ),
) {}
