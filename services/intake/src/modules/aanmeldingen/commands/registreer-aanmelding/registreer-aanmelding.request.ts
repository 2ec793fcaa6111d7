import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { BsnSchema, GemeentecodeSchema, GeslachtSchema, HuisnummerSchema, IsoDateSchema, KanaalSchema, PostcodeSchema, TelefoonSchema } from '@wiz/contracts';
import { HulpvraagSoortSchema, SituatieSchema } from '../../../routering/domain';

const naam = z.string().trim().min(1, 'must not be empty').max(200);

const geboortedatum = IsoDateSchema.refine((d) => d <= new Date().toISOString().slice(0, 10), 'must not be in the future');

export const RegistreerAanmeldingSchema = z
  .object({
    kanaal: KanaalSchema,
    inwoner: z
      .object({
        bsn: BsnSchema.optional(),
        voornaam: naam,
        achternaam: naam,
        geboortedatum,
        postcode: PostcodeSchema,
        huisnummer: HuisnummerSchema,
        gemeentecode: GemeentecodeSchema,
        email: z.email().max(320).optional(),
        telefoon: TelefoonSchema.optional(),
        geslacht: GeslachtSchema.optional(),
      })
      .strict(),
    situatie: SituatieSchema,
    hulpvraag: z.string().max(4_000),
    hulpvraagSoort: HulpvraagSoortSchema.optional(),
  })
  .strict();

export class RegistreerAanmeldingRequest extends createZodDto(RegistreerAanmeldingSchema) {}
