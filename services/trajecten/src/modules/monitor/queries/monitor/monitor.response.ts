import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitSoortSchema, DoelgroepSchema, IsoDateSchema, STAPPEN } from '@wiz/contracts';
import { StreefwaardeSchema } from '../streefwaarden/streefwaarden.response';

const Aantal = z.number().int();

/** The contract's figures, for the region, one gemeente or one month. */
const Kerncijfers = {
  inwonersEenStapVooruit: Aantal,
  gestarteTrajecten: Aantal,
  perStap: z.object(
    Object.fromEntries(STAPPEN.map((stap) => [stap, Aantal])) as Record<(typeof STAPPEN)[number], typeof Aantal>,
  ),
  kansrijkOpleiden: Aantal.describe(
    'distinct persons with a Kansrijk Opleiden activity completed `behaald` in the period (plus a starting balance set by beheer, when the period holds its basisdatum); the number of such activities is kansrijkOpleidenActiviteiten',
  ),
  plaatsingen: Aantal,
  duurzamePlaatsingen: Aantal,
};

export class MonitorCijfers extends createZodDto(
  z.object({
    definitieVersie: Aantal,
    van: IsoDateSchema.nullable(),
    tot: IsoDateSchema.nullable(),
    gemeentecode: z.string().nullable(),
    doel: Aantal,
    ...Kerncijfers,
    kansrijkOpleidenActiviteiten: Aantal,
    perMaand: z.array(
      z.object({
        maand: z.string().describe('YYYY-MM'),
        inwonersEenStapVooruit: Aantal,
        gestarteTrajecten: Aantal,
        plaatsingen: Aantal,
        duurzamePlaatsingen: Aantal,
        kansrijkOpleiden: Aantal,
      }),
    ),
    perDoelgroep: z.array(
      z.object({
        doelgroep: z.union([DoelgroepSchema, z.literal('onbekend')]),
        inwonersEenStapVooruit: Aantal,
        gestarteTrajecten: Aantal,
        kansrijkOpleiden: Aantal,
        plaatsingen: Aantal,
      }),
    ),
    perProject: z.array(z.object({ soort: ActiviteitSoortSchema, personenGestart: Aantal, personenBehaald: Aantal })),
    afspraakbanen: z.object({
      basisdatum: IsoDateSchema.nullable(),
      banen: Aantal,
      eenheden: z.number().describe('in 25.5-hour units, two decimals'),
      beginstand: Aantal,
      doel: Aantal.nullable(),
      doelEenheden: z.number().nullable(),
    }),
    streefwaarden: z.array(StreefwaardeSchema),
  }),
) {}

export class MonitorPerGemeente extends createZodDto(
  z.object({ items: z.array(z.object({ gemeentecode: z.string(), ...Kerncijfers })) }),
) {}
