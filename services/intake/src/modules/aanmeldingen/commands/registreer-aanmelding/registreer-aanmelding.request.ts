import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import {
  BsnSchema,
  GemeentecodeSchema,
  GeslachtSchema,
  HuisnummerSchema,
  KanaalSchema,
  PostcodeSchema,
  TelefoonSchema,
} from '@wiz/contracts';
import { HulpvraagSoortSchema, SituatieSchema } from '../../../routering/domain';
import { DeelnemerAntwoordenSchema, VerledenDatumSchema } from '../../domain/deelnemer-antwoorden';
import { tegenstrijdigeAntwoorden } from '../../domain/antwoorden-controle';

const naam = z.string().trim().min(1, 'must not be empty').max(200);

export const RegistreerAanmeldingSchema = z
  .object({
    kanaal: KanaalSchema,
    inwoner: z
      .object({
        bsn: BsnSchema.optional(),
        voornaam: naam,
        achternaam: naam,
        geboortedatum: VerledenDatumSchema,
        postcode: PostcodeSchema,
        huisnummer: HuisnummerSchema,
        gemeentecode: GemeentecodeSchema,
        email: z.email().max(320).optional(),
        telefoon: TelefoonSchema.optional(),
        geslacht: GeslachtSchema.optional(),
      })
      .strict(),
    // What routing looks at, plus the optional ESF+ questions (issue 15): a client that sends only the first keeps working.
    situatie: SituatieSchema.extend(DeelnemerAntwoordenSchema.shape).strict(),
    hulpvraag: z.string().max(4_000),
    hulpvraagSoort: HulpvraagSoortSchema.optional(),
  })
  .strict()
  .superRefine((aanmelding, ctx) => {
    for (const { veld, message } of tegenstrijdigeAntwoorden(aanmelding.situatie, aanmelding.inwoner)) {
      ctx.addIssue({ code: 'custom', path: ['situatie', veld], message });
    }
  });

export class RegistreerAanmeldingRequest extends createZodDto(RegistreerAanmeldingSchema) {}
