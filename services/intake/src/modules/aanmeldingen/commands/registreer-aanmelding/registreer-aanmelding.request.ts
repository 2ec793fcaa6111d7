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
import { ANONIEME_KANALEN } from '../../domain/anonieme-aanmelding';

const naam = z.string().trim().min(1, 'must not be empty').max(200);

/** The identity front office records: at an identified aanmelding, and when an anonymous person is identified. */
export const InwonerIdentiteitSchema = z
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
  .strict();

const AnoniemeInwonerSchema = z
  .object({
    roepnaam: naam.describe('the name the person chose to be called by'),
    contact: z
      .object({ email: z.email().max(320).optional(), telefoon: TelefoonSchema.optional() })
      .strict()
      .optional(),
    gemeentecode: GemeentecodeSchema.optional().describe(
      'where the person lives, if they say; else the registering gemeente, else GM0014 (the Talentperron’s)',
    ),
  })
  .strict();

// What routing looks at, plus the optional ESF+ questions (issue 15): a client that sends only the first keeps working.
const overDeHulpvraag = {
  situatie: SituatieSchema.extend(DeelnemerAntwoordenSchema.shape).strict(),
  hulpvraag: z.string().max(4_000),
  hulpvraagSoort: HulpvraagSoortSchema.optional(),
};

function zonderTegenstrijdigheden(
  aanmelding: {
    situatie: z.infer<typeof overDeHulpvraag.situatie>;
    inwoner: { geboortedatum?: string; geslacht?: string };
  },
  ctx: z.RefinementCtx,
) {
  for (const { veld, message } of tegenstrijdigeAntwoorden(aanmelding.situatie, aanmelding.inwoner)) {
    ctx.addIssue({ code: 'custom', path: ['situatie', veld], message });
  }
}

const GeidentificeerdeAanmeldingSchema = z
  .object({
    anoniem: z.literal(false).optional(),
    kanaal: KanaalSchema,
    inwoner: InwonerIdentiteitSchema,
    ...overDeHulpvraag,
  })
  .strict()
  .superRefine(zonderTegenstrijdigheden);

/**
 * Issue 19: low-threshold orientation at the Talentperron or an event, with a chosen name and optional contact only.
 * It is routed on what is known; aanmelding-afgerond waits until the person is identified.
 */
const AnoniemeAanmeldingSchema = z
  .object({
    anoniem: z.literal(true),
    kanaal: KanaalSchema.extract(ANONIEME_KANALEN),
    inwoner: AnoniemeInwonerSchema,
    ...overDeHulpvraag,
  })
  .strict()
  .superRefine(({ situatie }, ctx) => zonderTegenstrijdigheden({ situatie, inwoner: {} }, ctx));

export const RegistreerAanmeldingSchema = z.discriminatedUnion('anoniem', [
  GeidentificeerdeAanmeldingSchema,
  AnoniemeAanmeldingSchema,
]);

export type AnoniemeAanmelding = z.infer<typeof AnoniemeAanmeldingSchema>;
export type RegistreerAanmelding = z.infer<typeof RegistreerAanmeldingSchema>;

/**
 * A class cannot extend a union type, so the DTO's instance type is widened here; the validation pipe and the
 * OpenAPI document read the schema from the class, and the controller narrows the body to RegistreerAanmelding.
 */
export class RegistreerAanmeldingRequest extends (createZodDto(
  RegistreerAanmeldingSchema,
) as unknown as new () => object) {}
