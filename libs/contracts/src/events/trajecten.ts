import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../values/dates';
import { ActiviteitResultaatSchema, ActiviteitSoortSchema, AfsluitRedenSchema, StapSchema } from '../values/enums';
import { GemeentecodeSchema } from '../values/gemeentecode';
import { OrganisatieSchema } from '../values/organisatie';
import { UuidSchema } from '../values/uuid';
import { defineEvent, type EventData } from './define-event';

// gemeentecode is repeated on traject events so consumers can filter per gemeente without
// keeping a projection of every traject first.

export const TrajectGestart = defineEvent({
  service: 'trajecten',
  name: 'traject-gestart',
  version: 1,
  description: 'A traject was opened for an inwoner after an aanmelding, in its starting step.',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      aanmeldingId: UuidSchema,
      organisatie: OrganisatieSchema,
      gemeentecode: GemeentecodeSchema,
      stap: StapSchema,
      gestartOp: TimestampSchema,
    })
    .strict(),
});
export type TrajectGestartData = EventData<typeof TrajectGestart>;

export const TOEWIJZING_REDENEN = ['start', 'herverdeling', 'overdracht'] as const;

export const TrajectToegewezen = defineEvent({
  service: 'trajecten',
  name: 'traject-toegewezen',
  version: 1,
  description:
    'Who holds a traject now: its organisation, team and consulent, at its start, when a team lead reassigns it and ' +
    'when another organisation accepts a handover. Services that scope by the traject (intake for reading the ' +
    'person, werkgevers for placements) keep the one with the highest versie. Names employees, never the inwoner.',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      organisatie: OrganisatieSchema,
      team: z
        .string()
        .min(1)
        .max(100)
        .nullable()
        .describe('The team that may stand in; null: the organisation has none'),
      consulent: z
        .string()
        .min(1)
        .max(200)
        .nullable()
        .describe("The consulent's subject (token sub); null while nobody is assigned"),
      reden: z.enum(TOEWIJZING_REDENEN),
      toegewezenOp: TimestampSchema,
      versie: z.number().int().min(1).describe('Traject version after this change'),
    })
    .strict(),
});
export type TrajectToegewezenData = EventData<typeof TrajectToegewezen>;

export const VervangingGeregeld = defineEvent({
  service: 'trajecten',
  name: 'vervanging-geregeld',
  version: 1,
  description:
    "A stand-in a team lead arranged: from van to tot (both included, the region's calendar) the vervanger guides " +
    "the caseload of the consulent named voor, in the organisation. Services that scope a consulent's reads by who " +
    'holds the traject (intake for reading the person) let the stand-in read what that consulent may. Names ' +
    'employees only, never an inwoner.',
  schema: z
    .object({
      vervangingId: UuidSchema,
      organisatie: OrganisatieSchema,
      vervanger: z.string().min(1).max(200).describe("The stand-in's subject (token sub)"),
      voor: z.string().min(1).max(200).describe('The subject of the consulent stood in for'),
      van: IsoDateSchema,
      tot: IsoDateSchema,
    })
    .strict()
    .refine((d) => d.tot >= d.van, { error: 'tot lies before van', path: ['tot'] }),
});
export type VervangingGeregeldData = EventData<typeof VervangingGeregeld>;

export const StapGezet = defineEvent({
  service: 'trajecten',
  name: 'stap-gezet',
  version: 1,
  description: 'A traject moved from one step to another, forward or back.',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      gemeentecode: GemeentecodeSchema,
      van: StapSchema,
      naar: StapSchema,
      gezetOp: TimestampSchema,
      versie: z.number().int().min(1).describe('Traject version after this change'),
    })
    .strict()
    .refine((d) => d.van !== d.naar, { error: 'van and naar must differ', path: ['naar'] }),
});
export type StapGezetData = EventData<typeof StapGezet>;

export const ActiviteitAfgerond = defineEvent({
  service: 'trajecten',
  name: 'activiteit-afgerond',
  version: 1,
  description: 'An activity in a traject was completed with a result (behaald, niet-behaald or afgebroken).',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      gemeentecode: GemeentecodeSchema,
      activiteitId: UuidSchema,
      soort: ActiviteitSoortSchema,
      resultaat: ActiviteitResultaatSchema,
      datum: IsoDateSchema,
    })
    .strict(),
});
export type ActiviteitAfgerondData = EventData<typeof ActiviteitAfgerond>;

export const TrajectAfgesloten = defineEvent({
  service: 'trajecten',
  name: 'traject-afgesloten',
  version: 1,
  description: 'A traject was closed with a reason; no further steps or activities follow.',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      gemeentecode: GemeentecodeSchema,
      reden: AfsluitRedenSchema,
      datum: IsoDateSchema,
    })
    .strict(),
});
export type TrajectAfgeslotenData = EventData<typeof TrajectAfgesloten>;

export const DuurzaamheidVastgesteld = defineEvent({
  service: 'trajecten',
  name: 'duurzaamheid-vastgesteld',
  version: 1,
  description:
    'The duurzaamheidscheck six months after a placement started was recorded: durable means still ' +
    'employed for at least 24 hours a week.',
  schema: z
    .object({
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      plaatsingId: UuidSchema,
      duurzaam: z.boolean(),
      inDienst: z.boolean(),
      // 168 is the hours in a week: anything above is a typing error, not a fact.
      urenPerWeek: z.number().min(0).max(168),
      vastgesteldOp: TimestampSchema,
    })
    .strict(),
});
export type DuurzaamheidVastgesteldData = EventData<typeof DuurzaamheidVastgesteld>;

/** What a target or starting balance is for; beheer sets them in trajecten's monitor. */
export const STREEFWAARDE_SLEUTELS = [
  'inwoners-een-stap-vooruit',
  'kansrijk-opleiden',
  'plaatsingen',
  'duurzame-plaatsingen',
  'afspraakbanen',
] as const;
export const StreefwaardeSleutelSchema = z.enum(STREEFWAARDE_SLEUTELS);
export type StreefwaardeSleutel = z.infer<typeof StreefwaardeSleutelSchema>;

export const StreefwaardeVastgesteld = defineEvent({
  service: 'trajecten',
  name: 'streefwaarde-vastgesteld',
  version: 1,
  description:
    'Beheer set a target and/or starting balance for a monitor figure, for the region or one gemeente, valid ' +
    'from a date. Werkgevers uses the afspraakbanen one for its running total.',
  schema: z
    .object({
      streefwaardeId: UuidSchema,
      sleutel: StreefwaardeSleutelSchema,
      gemeentecode: GemeentecodeSchema.optional().describe('Absent for the whole region'),
      geldigVanaf: IsoDateSchema,
      basisdatum: IsoDateSchema.optional().describe('Results after this date add to the starting balance'),
      beginstand: z.number().int().min(0).optional(),
      beginstandEenheden: z
        .number()
        .min(0)
        .optional()
        .describe('Afspraakbanen only: the starting balance in 25.5-hour units'),
      doel: z.number().int().min(0).optional(),
      doelEenheden: z.number().min(0).optional().describe('Afspraakbanen only: the target in 25.5-hour units'),
      vastgesteldOp: TimestampSchema,
    })
    .strict(),
});
export type StreefwaardeVastgesteldData = EventData<typeof StreefwaardeVastgesteld>;
