import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { BsnSchema, GemeentecodeSchema, GeslachtSchema, IsoDateSchema, KanaalSchema, PostcodeSchema } from '@wiz/contracts';
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
        huisnummer: z.string().trim().regex(/^\d{1,5}( ?[A-Za-z0-9-]{1,6})?$/, 'must be a house number, optionally with addition'),
        gemeentecode: GemeentecodeSchema,
        email: z.email().max(320).optional(),
        telefoon: z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number').optional(),
        geslacht: GeslachtSchema.optional(),
      })
      .strict(),
    situatie: SituatieSchema,
    hulpvraag: z.string().max(4_000),
    hulpvraagSoort: HulpvraagSoortSchema.optional(),
  })
  .strict();

export class RegistreerAanmeldingRequest extends createZodDto(RegistreerAanmeldingSchema) {}
