import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { IDENTITEITSUITKOMSTEN, IDENTITEITSVELDEN } from '../../domain/identiteit';

/** The person data an aanmelding captured, as stored and shown: what was not given is null. */
const onbekendAlsAnoniem = 'null while the person is anonymous (until identified)';
const Persoonsgegevens = {
  voornaam: z.string().describe('for an anonymous person the chosen name'),
  achternaam: z.string().nullable().describe(onbekendAlsAnoniem),
  geboortedatum: IsoDateSchema.nullable().describe(onbekendAlsAnoniem),
  postcode: z.string().nullable().describe(onbekendAlsAnoniem),
  huisnummer: z.string().nullable().describe(onbekendAlsAnoniem),
  gemeentecode: z.string(),
  email: z.string().nullable(),
  telefoon: z.string().nullable(),
  geslacht: z.string().nullable(),
};

const AanmeldingInView = z.object({
  id: z.uuid(),
  kanaal: z.string(),
  aangemeldOp: z.iso.datetime({ offset: true }),
  stap: z.string(),
  organisatie: z.string(),
  identiteitTeControleren: z.boolean(),
  hulpvraag: z.string().optional().describe('consulent and teamleider only'),
  situatie: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('consulent and teamleider only: the answers as given at intake'),
  gegevens: z.object(Persoonsgegevens).optional().describe('beheer only'),
  identiteitscontrole: z
    .object({
      id: z.uuid(),
      status: z.enum(['open', ...IDENTITEITSUITKOMSTEN]),
      afwijkendeVelden: z.array(z.enum(IDENTITEITSVELDEN)),
    })
    .nullable()
    .optional()
    .describe('beheer only'),
});

export class Inwoner extends createZodDto(
  z.object({
    id: z.uuid(),
    versie: z
      .number()
      .int()
      .describe('the version of the person data, also the ETag; a correction sends it as If-Match'),
    anoniem: z.boolean().describe('registered anonymously (a chosen name only) and not yet identified'),
    bsn: z.string().nullable().optional().describe('absent for a consulent or teamleider, who never see a BSN'),
    ...Persoonsgegevens,
    toestemmingen: z
      .array(
        z.object({
          doel: z.string(),
          vacatureId: z.uuid().optional().describe('for profiel-delen-met-vacature: the vacancy'),
          gegeven: z.boolean().describe('the newest consent for this purpose (and vacancy) is in force today'),
          gewijzigdOp: z.iso.datetime({ offset: true }),
          geldigTot: z.iso.date().optional().describe('the last day the newest consent holds'),
        }),
      )
      .describe('the current state per purpose (and vacancy); empty while identiteitTeControleren'),
    aanmeldingen: z.array(AanmeldingInView),
    identiteitTeControleren: z.boolean(),
    identiteit: z
      .object({ ...Persoonsgegevens, geregistreerdOp: z.iso.datetime({ offset: true }) })
      .optional()
      .describe('beheer only: the identity as first registered'),
  }),
) {}
