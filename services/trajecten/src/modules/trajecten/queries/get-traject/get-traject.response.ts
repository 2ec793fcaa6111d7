import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitResultaatSchema, ActiviteitSoortSchema, IsoDateSchema, StapSchema } from '@wiz/contracts';
import { WerkurenSchema } from '../../commands/leg-werkuren-vast/leg-werkuren-vast.response';

const Tijdstip = z.iso.datetime({ offset: true });

/** The contract's traject shape, with what a consulent also needs (organisation, ladder, closing). */
export const TrajectSchema = z.object({
  id: z.uuid(),
  inwonerId: z.uuid(),
  status: z.enum(['actief', 'afgesloten']),
  huidigeStap: StapSchema,
  stappen: z.array(z.object({ stap: StapSchema, van: Tijdstip, tot: Tijdstip.nullable() })),
  activiteiten: z.array(
    z.object({
      id: z.uuid(),
      soort: ActiviteitSoortSchema,
      startdatum: IsoDateSchema,
      resultaat: ActiviteitResultaatSchema.nullable(),
      datum: IsoDateSchema.nullable(),
    }),
  ),
  versie: z.number().int().describe('also the ETag; send it back as If-Match'),
  organisatie: z.string(),
  gemeentecode: z.string(),
  team: z.string().nullable().describe('the team that may stand in'),
  consulent: z.string().nullable().describe("who holds it: the consulent's subject; null while nobody is assigned"),
  participatieladder: z.number().int().min(1).max(6).nullable(),
  laatsteWijzigingOp: Tijdstip,
  afsluiting: z.object({ reden: z.string(), datum: IsoDateSchema.nullable() }).optional(),
});

export class Traject extends createZodDto(
  TrajectSchema.extend({
    overgangen: z.array(
      z.object({ van: StapSchema, naar: StapSchema, door: z.string(), toelichting: z.string(), op: Tijdstip }),
    ),
    werkuren: z.array(WerkurenSchema).describe('working hours recorded outside a placement, in the order they apply'),
  }),
) {}
