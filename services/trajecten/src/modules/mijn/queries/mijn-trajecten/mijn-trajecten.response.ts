import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitResultaatSchema, ActiviteitSoortSchema, IsoDateSchema, StapSchema } from '@wiz/contracts';
import { AFSPRAAK_SOORTEN } from '../../domain/resultaat';

const Tijdstip = z.iso.datetime({ offset: true });

/** The inwoner's own view of a traject: what happens and what comes next; no journal, no staff contact details. */
export const MijnTrajectSchema = z.object({
  id: z.uuid(),
  status: z.enum(['actief', 'afgesloten']),
  huidigeStap: StapSchema,
  stappen: z.array(z.object({ stap: StapSchema, van: Tijdstip, tot: Tijdstip.optional() })),
  gestartOp: Tijdstip,
  afgeslotenOp: IsoDateSchema.optional(),
  organisatie: z.string().describe('the gemeente or partner that runs the traject, by name'),
  consulent: z
    .object({ naam: z.string().optional() })
    .optional()
    .describe('present when a consulent holds the traject; their name when trajecten knows it'),
  planDoelen: z.array(
    z.object({ omschrijving: z.string(), status: z.enum(['open', 'bezig', 'behaald', 'vervallen']) }),
  ),
  activiteiten: z.array(
    z.object({
      id: z.uuid(),
      soort: ActiviteitSoortSchema,
      status: z.enum(['lopend', 'afgerond']),
      resultaat: ActiviteitResultaatSchema.optional(),
      van: IsoDateSchema,
      tot: IsoDateSchema.optional(),
    }),
  ),
  volgendeAfspraken: z
    .array(z.object({ op: Tijdstip, soort: z.enum(AFSPRAAK_SOORTEN), omschrijving: z.string().optional() }))
    .describe('planned moments still to come, soonest first'),
});

export class MijnTrajecten extends createZodDto(z.object({ items: z.array(MijnTrajectSchema) })) {}
