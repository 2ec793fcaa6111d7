import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IDENTITEITSUITKOMSTEN, IDENTITEITSVELDEN } from '../../domain/identiteit';

/** An aanmelding whose name or birth date differs from the identity held for its BSN, and beheer's judgement. */
export const IdentiteitscontroleSchema = z.object({
  id: z.uuid(),
  aanmeldingId: z.uuid(),
  inwonerId: z.uuid(),
  organisatie: z.string().describe('the organisation that registered the aanmelding'),
  afwijkendeVelden: z.array(z.enum(IDENTITEITSVELDEN)),
  status: z.enum(['open', ...IDENTITEITSUITKOMSTEN]),
  gevondenOp: z.iso.datetime({ offset: true }),
  beoordeeldDoor: z.string().nullable(),
  beoordeeldOp: z.iso.datetime({ offset: true }).nullable(),
  toelichting: z.string().nullable(),
});

export class Identiteitscontrole extends createZodDto(IdentiteitscontroleSchema) {}

export class IdentiteitscontrolePagina extends createZodDto(
  z.object({
    items: z.array(IdentiteitscontroleSchema),
    pagina: z.number().int(),
    paginagrootte: z.number().int(),
    totaal: z.number().int(),
  }),
) {}
