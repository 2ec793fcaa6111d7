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
