import { z } from 'zod';
import { TimestampSchema } from '../values/dates';
import { KanaalSchema, RegelingCodeSchema, StapSchema, ToestemmingDoelSchema, UitkeringSchema } from '../values/enums';
import {
  ArbeidsmarktstatusSchema,
  GeslachtSchema,
  LeeftijdsbandSchema,
  OpleidingsniveauSchema,
} from '../values/esf-deelnemer';
import { GemeentecodeSchema } from '../values/gemeentecode';
import { OrganisatieSchema } from '../values/organisatie';
import { UuidSchema } from '../values/uuid';
import { defineEvent, type EventData } from './define-event';

// The BSN, name, birth date, address and contact data stay inside intake. What other services
// need (ESF+ indicators, the gemeente) travels as coarse attributes: an age band, not a birth date.
const DeelnemerKenmerkenSchema = z
  .object({
    arbeidsmarktstatus: ArbeidsmarktstatusSchema,
    leeftijdsband: LeeftijdsbandSchema,
    opleidingsniveau: OpleidingsniveauSchema,
    geslacht: GeslachtSchema.optional(),
    arbeidsbeperking: z.boolean(),
    uitkering: UitkeringSchema,
  })
  .strict();

export const AanmeldingAfgerond = defineEvent({
  service: 'intake',
  name: 'aanmelding-afgerond',
  version: 1,
  description:
    'An aanmelding was registered and routed: the inwoner has a starting step, an organisation and a service. ' +
    'Carries the participant indicators the subsidy schemes report on, never identity or contact data.',
  schema: z
    .object({
      aanmeldingId: UuidSchema,
      inwonerId: UuidSchema,
      kanaal: KanaalSchema,
      organisatie: OrganisatieSchema,
      gemeentecode: GemeentecodeSchema.describe('Gemeente where the inwoner lives'),
      stap: StapSchema.describe('The step the traject starts in'),
      dienst: z.string().min(1).describe('The service the route leads to, e.g. werkfit'),
      regelingen: z.array(RegelingCodeSchema).describe('Subsidy schemes the participant may fall under'),
      aangemeldOp: TimestampSchema,
      deelnemer: DeelnemerKenmerkenSchema,
      participatieladder: z.number().int().min(1).max(6).optional().describe('Rung 1..6 at intake'),
    })
    .strict(),
});
export type AanmeldingAfgerondData = EventData<typeof AanmeldingAfgerond>;

export const ToestemmingGewijzigd = defineEvent({
  service: 'intake',
  name: 'toestemming-gewijzigd',
  version: 1,
  description:
    'An inwoner gave or withdrew consent for a purpose, such as sharing their profile with employers. ' +
    'Consumers must stop using shared data as soon as consent is withdrawn.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      doel: ToestemmingDoelSchema,
      gegeven: z.boolean().describe('true when consent is given, false when withdrawn'),
      gewijzigdOp: TimestampSchema,
    })
    .strict(),
});
export type ToestemmingGewijzigdData = EventData<typeof ToestemmingGewijzigd>;
