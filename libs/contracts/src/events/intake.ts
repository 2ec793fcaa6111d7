import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../values/dates';
import {
  KanaalSchema,
  RegelingCodeSchema,
  StapSchema,
  ToestemmingDoelSchema,
  UitkeringSchema,
  type ToestemmingDoel,
} from '../values/enums';
import {
  ArbeidsmarktstatusSchema,
  DoelgroepSchema,
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
    // Added for the ESF+ register (issue 15). Each is a derived category, never the raw answer, and each is
    // optional: absent means not asked or not answered, which makes the participant incomplete for that
    // indicator only.
    langdurigWerkloos: z
      .boolean()
      .optional()
      .describe('Unemployed more than 12 months (more than 6 under 25) at entry; absent when the duration is unknown'),
    derdelander: z.boolean().optional().describe('Third-country national (ESF+)'),
    migratieachtergrond: z.boolean().optional().describe('Foreign background (ESF+)'),
    minderheid: z.boolean().optional().describe('Minority (ESF+)'),
    dakloos: z.boolean().optional().describe('Homeless or excluded from housing (ESF+)'),
    platteland: z.boolean().optional().describe('Lives in a rural (thinly populated) area (ESF+)'),
    // For the SROI bouwblok (werkgevers): which benefit-duration class and whether the person is in UWV's
    // doelgroepregister. Month precision is enough to tell "under two years" at a placement's start.
    uitkeringSinds: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional()
      .describe('Month (YYYY-MM) the current benefit started; absent when unknown or no benefit'),
    doelgroepregister: z.boolean().optional().describe("Registered in UWV's doelgroepregister (banenafspraak)"),
  })
  .strict();

export const AanmeldingAfgerond = defineEvent({
  service: 'intake',
  name: 'aanmelding-afgerond',
  version: 1,
  description:
    'An aanmelding was registered and routed: the inwoner has a starting step, an organisation and a service. ' +
    'Carries the participant indicators subsidies reports to the ESF+ register, and the benefit class and ' +
    "doelgroepregister werkgevers derives a placement's SROI doelgroep from; never identity or contact data.",
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
      doelgroepen: z
        .array(DoelgroepSchema)
        .optional()
        .describe('Target groups the monitor and council reports break figures down by, derived at intake'),
      routeringVersie: z.number().int().min(1).optional().describe('Version of the routing table that chose the route'),
    })
    .strict(),
});
export type AanmeldingAfgerondData = EventData<typeof AanmeldingAfgerond>;

// v1 keeps the value set it was published with (one purpose): a consumer of v1 that meets a purpose it does not know
// would refuse the event. v1 gained only optional fields (geldigTot, toestemmingId) and is published beside v2 for
// that one purpose while a consumer still reads it.
export const ToestemmingGewijzigd = defineEvent({
  service: 'intake',
  name: 'toestemming-gewijzigd',
  version: 1,
  description:
    'An inwoner gave or withdrew consent for a purpose, such as sharing their profile with employers. ' +
    'Consumers must stop using shared data as soon as consent is withdrawn. Deprecated: v2 carries every purpose.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      doel: z.enum(['profiel-delen-met-werkgevers']),
      gegeven: z.boolean().describe('true when consent is given, false when withdrawn'),
      gewijzigdOp: TimestampSchema,
      geldigTot: IsoDateSchema.optional().describe('The consent lapses after this day; absent: until withdrawn'),
      toestemmingId: UuidSchema.optional().describe('The consent record; a new one each time consent is given again'),
    })
    .strict(),
});

/** A consent for one vacancy names it; every other purpose names none. */
const vacatureBijDoel = (d: { doel: ToestemmingDoel; vacatureId?: string }) =>
  (d.doel === 'profiel-delen-met-vacature') === (d.vacatureId !== undefined);

export const ToestemmingGewijzigdV2 = defineEvent({
  service: 'intake',
  name: 'toestemming-gewijzigd',
  version: 2,
  description:
    'An inwoner (or staff on their behalf) gave or withdrew consent for a purpose: sharing their profile with ' +
    "employers, with a school, or with one vacancy's employer. Each consent has its own id; giving again after a " +
    'withdrawal makes a new one. Consumers must stop using shared data as soon as consent is withdrawn or lapses ' +
    '(after geldigTot), and apply a change only when newer (gewijzigdOp) than the one they hold for the same ' +
    'inwoner, purpose and vacancy.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      doel: ToestemmingDoelSchema,
      vacatureId: UuidSchema.optional().describe('The vacancy, exactly when doel is profiel-delen-met-vacature'),
      gegeven: z.boolean().describe('true when consent is given, false when withdrawn'),
      gewijzigdOp: TimestampSchema,
      geldigTot: IsoDateSchema.optional().describe('The consent lapses after this day; absent: until withdrawn'),
      toestemmingId: UuidSchema.describe('The consent record; a new one each time consent is given again'),
    })
    .strict()
    .refine(vacatureBijDoel, {
      error: 'vacatureId is required for profiel-delen-met-vacature and not allowed for any other purpose',
      path: ['vacatureId'],
    }),
});
export type ToestemmingGewijzigdV2Data = EventData<typeof ToestemmingGewijzigdV2>;

export type ToestemmingGewijzigdData = EventData<typeof ToestemmingGewijzigd>;

// Issue 19: the inwoner's rights (AVG) reach every service through these four events. Like every event they carry
// identifiers and dates only: no name, address, reason text or BSN.

export const InwonerGewist = defineEvent({
  service: 'intake',
  name: 'inwoner-gewist',
  version: 1,
  description:
    'The privacy officer granted an erasure request (AVG art. 17). Every service destroys or makes anonymous what it ' +
    "holds about this inwoner; anonymous aggregates (the monitor's counters, a submitted claim's totals and indicator " +
    'counts) stay as they are. Intake has already destroyed the identity when this is published.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      verzoekId: UuidSchema.describe('The erasure request, for the audit trail of each service'),
      gewistOp: TimestampSchema,
    })
    .strict(),
});
export type InwonerGewistData = EventData<typeof InwonerGewist>;

export const VerwerkingBeperkt = defineEvent({
  service: 'intake',
  name: 'verwerking-beperkt',
  version: 1,
  description:
    "The privacy officer restricted (AVG art. 18) or lifted the restriction of the processing of an inwoner's data. " +
    'While restricted, services keep the data but use it for nothing else: no new work on it, no sharing, no reads ' +
    'except by the privacy officer.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      verzoekId: UuidSchema,
      beperkt: z.boolean().describe('true: restricted from now on; false: the restriction is lifted'),
      gewijzigdOp: TimestampSchema,
    })
    .strict(),
});
export type VerwerkingBeperktData = EventData<typeof VerwerkingBeperkt>;

export const InwonerVerhuisd = defineEvent({
  service: 'intake',
  name: 'inwoner-verhuisd',
  version: 1,
  description:
    'An inwoner moved to another gemeente (a corrected address in another gemeente). Trajecten proposes handing the ' +
    'traject over to the new gemeente; services that count per gemeente use the new one from verhuisdOp on.',
  schema: z
    .object({
      inwonerId: UuidSchema,
      vanGemeentecode: GemeentecodeSchema,
      naarGemeentecode: GemeentecodeSchema,
      verhuisdOp: TimestampSchema,
    })
    .strict()
    .refine((d) => d.vanGemeentecode !== d.naarGemeentecode, {
      error: 'vanGemeentecode and naarGemeentecode must differ',
      path: ['naarGemeentecode'],
    }),
});
export type InwonerVerhuisdData = EventData<typeof InwonerVerhuisd>;

export const InwonersSamengevoegd = defineEvent({
  service: 'intake',
  name: 'inwoners-samengevoegd',
  version: 1,
  description:
    'Front office found that two inwoner records are one person. The vervallen record lives on as the behouden one: ' +
    'every service moves what it holds under vervallenInwonerId to behoudenInwonerId, keeping history, and counts ' +
    'the person once. Events for the vervallen id that arrive later are applied to the behouden one.',
  schema: z
    .object({
      behoudenInwonerId: UuidSchema,
      vervallenInwonerId: UuidSchema,
      samengevoegdOp: TimestampSchema,
    })
    .strict()
    .refine((d) => d.behoudenInwonerId !== d.vervallenInwonerId, {
      error: 'behoudenInwonerId and vervallenInwonerId must differ',
      path: ['vervallenInwonerId'],
    }),
});
export type InwonersSamengevoegdData = EventData<typeof InwonersSamengevoegd>;
