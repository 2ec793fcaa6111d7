import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginaSchema, paginering } from '@wiz/contracts';

const datum = z.iso.date().describe('a local calendar day (Europe/Amsterdam unless AUDIT_TIJDZONE says otherwise)');

export class AuditVraag extends createZodDto(
  z
    .object({
      ...paginering(50),
      inwonerId: z.uuid().optional().describe("every row naming this inwoner: who read or changed the person's data"),
      gebruiker: z.string().min(1).max(200).optional().describe('every row of this user (the token subject)'),
      van: datum.optional().describe('first day, inclusive'),
      tot: datum.optional().describe('last day, inclusive'),
    })
    .strict()
    .refine((v) => v.inwonerId !== undefined || v.gebruiker !== undefined, {
      message: 'give inwonerId, or gebruiker with van and tot',
      path: ['inwonerId'],
    })
    .refine((v) => v.gebruiker === undefined || (v.van !== undefined && v.tot !== undefined), {
      message: 'a user is asked for over a period: give van and tot',
      path: ['van'],
    })
    .refine((v) => v.van === undefined || v.tot === undefined || v.van <= v.tot, {
      message: 'van lies after tot',
      path: ['tot'],
    }),
) {}

const AuditRegelSchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  gebruiker: z.string(),
  rollen: z.array(z.string()),
  organisatie: z.string(),
  doel: z.string(),
  actie: z.string(),
  wat: z.object({ soort: z.string(), id: z.string().nullable() }),
  inwonerIds: z.array(z.uuid()),
  correlationId: z.string(),
  naam: z.string().optional().describe("the reader's display name as their token gave it (issue 20)"),
});

export class AuditPagina extends createZodDto(paginaSchema(AuditRegelSchema)) {}

export class OngebruikelijkVraag extends createZodDto(z.object({ datum }).strict()) {}

export class OngebruikelijkRapport extends createZodDto(
  z.object({
    datum: z.iso.date(),
    drempels: z.object({
      factor: z.number(),
      maxInwoners: z.number().int(),
      nacht: z.object({ van: z.string(), tot: z.string(), tijdzone: z.string() }),
    }),
    meldingen: z.array(
      z.object({
        gebruiker: z.string(),
        inwoners: z.number().int().describe('distinct inwoners whose data the user read that day'),
        caseload: z.number().int().nullable().describe('the user’s caseload where this service knows it'),
        drempel: z.number(),
        nachtelijkeInzages: z.number().int(),
        redenen: z.array(z.enum(['meer-dan-caseload', 'boven-maximum', 'nachtelijk-lezen'])),
      }),
    ),
  }),
) {}

export class MijnInzageVraag extends createZodDto(
  z
    .object({
      ...paginering(50),
      van: datum.optional().describe('first day, inclusive; default 1 January of this year'),
      tot: datum.optional().describe('last day, inclusive; default today'),
    })
    .strict()
    .refine((v) => v.van === undefined || v.tot === undefined || v.van <= v.tot, {
      message: 'van lies after tot',
      path: ['tot'],
    }),
) {}

const MijnInzageRegelSchema = z.object({
  op: z.iso.datetime({ offset: true }).describe('when the data was read or changed'),
  rol: z.string().describe('the role of the reader (consulent, frontoffice, werkgeversadviseur, …)'),
  naam: z.string().optional().describe('the reader’s name as their login gave it; absent when it gave none'),
  organisatie: z.string().describe('the reader’s organisation (a gemeentecode, UWV, a regional service)'),
  actie: z.string().describe('what was done (a code; the portaal shows it in plain Dutch)'),
  doel: z.string().describe('why (a code; the portaal shows it in plain Dutch)'),
  dienst: z.string().describe('the service whose trail this is'),
});

export class MijnInzagePagina extends createZodDto(
  paginaSchema(MijnInzageRegelSchema).extend({
    van: z.iso.date().describe('the first day the list covers'),
    tot: z.iso.date().describe('the last day the list covers'),
  }),
) {}

export class GegevensExport extends createZodDto(
  z.object({
    dienst: z.string().describe('the service this export is of'),
    gemaaktOp: z.iso.datetime({ offset: true }),
    onderdelen: z.array(
      z.object({
        soort: z.string().describe('the kind of record'),
        omschrijving: z.string(),
        doel: z.string().describe('why the service keeps it (AVG art. 15.1.a)'),
        grondslag: z.string().describe('the legal basis (AVG art. 6)'),
        ontvangers: z.array(z.string()).describe('who receives it (AVG art. 15.1.c)'),
        bewaartermijn: z.object({
          jaren: z.number().int().optional().describe('whole years of the configured period'),
          termijn: z.string().optional().describe('the configured period as an ISO-8601 duration (P5Y)'),
          vanaf: z.string().describe('from when the period counts, or how long without one'),
          bron: z.string().describe('where the period comes from'),
        }),
        gegevens: z.array(z.record(z.string(), z.unknown())).describe('the person’s records of this kind'),
      }),
    ),
  }),
) {}
