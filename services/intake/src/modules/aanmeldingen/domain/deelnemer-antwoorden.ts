import { z } from 'zod';
import { GeslachtSchema, IsoDateSchema, isRealIsoDate, kalenderdag } from '@wiz/contracts';

/**
 * A date that has happened: a birth, a start of unemployment or benefit cannot lie ahead of the aanmelding. An
 * impossible date is already refused by IsoDateSchema, so it is not reported a second time here.
 */
export const VerledenDatumSchema = IsoDateSchema.refine(
  (d) => !isRealIsoDate(d) || d <= kalenderdag(new Date()),
  'must not be in the future',
);

/**
 * The optional questions front office asks for the ESF+ register and the target groups (issue 15). Every answer
 * is optional: an unanswered question makes the participant incomplete for that indicator only. They stay in
 * intake with the aanmelding; events carry only the categories derived from them (deelnemerkenmerken.ts).
 *
 * `opleidingsniveau` is the ISCED 2011 level (0..8) of the highest education completed, one whole number, so
 * foreign diplomas fit as well as Dutch ones (the portaal offers the Dutch levels and sends their ISCED level).
 */
export const DeelnemerAntwoordenSchema = z.object({
  werkzoekend: z.boolean().optional().describe('Is the person looking for work (when not working)'),
  werkloosSinds: VerledenDatumSchema.optional().describe('Date (YYYY-MM-DD) since when continuously without work'),
  opleidingsniveau: z
    .number()
    .int()
    .min(0)
    .max(8)
    .optional()
    .describe(
      'ISCED 2011 level (0..8) of the highest education completed: 0-2 e.g. vmbo or mbo 1, 3-4 havo, vwo, mbo 2-4, 5-8 hbo or wo',
    ),
  geslacht: GeslachtSchema.optional().describe(
    'Gender for the ESF+ register; when inwoner.geslacht is given too, both must be equal',
  ),
  derdelander: z.boolean().optional().describe('Third-country national: not a citizen of an EU member state'),
  migratieachtergrond: z.boolean().optional().describe('Foreign background'),
  minderheid: z.boolean().optional().describe('Belongs to a minority'),
  dakloos: z.boolean().optional().describe('Homeless or excluded from housing'),
  platteland: z.boolean().optional().describe('Lives in a rural (thinly populated) area'),
  ggzAchtergrond: z.boolean().optional().describe('Has a GGZ (mental health care) background'),
  doelgroepregister: z.boolean().optional().describe("Registered in UWV's doelgroepregister (banenafspraak)"),
  uitkeringSinds: VerledenDatumSchema.optional().describe('Date (YYYY-MM-DD) the current benefit started'),
});

export type DeelnemerAntwoorden = z.infer<typeof DeelnemerAntwoordenSchema>;
