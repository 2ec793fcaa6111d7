import { z } from 'zod';
import {
  CentenSchema,
  IsoDateSchema,
  KostensoortSchema,
  NonNegativeCentenSchema,
  OpenRegelingCodeSchema,
  UuidSchema,
  zijnGeldigeUren,
} from '@wiz/contracts';
import { bedragUitUren } from './personeelsuren';

const UrenSchema = z
  .number({ error: 'must be a number of hours such as 7.5' })
  .positive({ error: 'must be more than 0 hours' })
  .refine((uren) => zijnGeldigeUren(uren, 2), { error: 'must have at most 2 decimals' })
  .describe('Staff hours, at most 2 decimals; with uurtariefCenten instead of bedragCenten');

// Text fields are trimmed: a bewijsstuk "factuur-1 " must match "factuur-1", or double funding slips through.
const KostenregelVeldenSchema = z.strictObject({
  regelingCode: OpenRegelingCodeSchema,
  inwonerId: UuidSchema.optional(),
  soort: KostensoortSchema,
  bedragCenten: NonNegativeCentenSchema.optional(),
  uren: UrenSchema.optional(),
  uurtariefCenten: CentenSchema.min(1, { error: 'must be more than 0 cents' }).optional(),
  datum: IsoDateSchema,
  omschrijving: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(500, { error: 'must be at most 500 characters' }),
  bewijsstuk: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(200, { error: 'must be at most 200 characters' })
    .optional(),
});

type KostenregelVelden = z.infer<typeof KostenregelVeldenSchema>;

/** A validated cost line: the amount is always known, also when it was entered as hours × hourly rate. */
export type KostenregelInvoer = KostenregelVelden & { bedragCenten: number };

/** An amount is given either directly or as staff time (personeel only), never both, never neither. */
function controleerBedragOfUren(v: KostenregelVelden, ctx: z.RefinementCtx): void {
  const issue = (veld: keyof KostenregelVelden, message: string) =>
    ctx.addIssue({ code: 'custom', path: [veld], message });
  const metUren = v.uren !== undefined || v.uurtariefCenten !== undefined;
  if (v.bedragCenten !== undefined && metUren)
    return issue('bedragCenten', 'give either bedragCenten, or uren with uurtariefCenten, not both');
  if (v.bedragCenten === undefined && !metUren)
    return issue('bedragCenten', 'required: bedragCenten, or uren with uurtariefCenten');
  if (!metUren) return;
  if (v.soort !== 'personeel') issue('soort', 'must be personeel for a staff-time entry (uren × uurtariefCenten)');
  if (v.uren === undefined) return issue('uren', 'required together with uurtariefCenten');
  if (v.uurtariefCenten === undefined) return issue('uurtariefCenten', 'required together with uren');
  // zod still runs this check after a field refinement failed; hours it refused are already reported.
  if (!zijnGeldigeUren(v.uren, 2)) return;
  try {
    bedragUitUren(v.uren, v.uurtariefCenten);
  } catch {
    issue('uren', 'uren × uurtariefCenten is larger than any amount that can be stored');
  }
}

/** Body of POST /api/v1/kostenregels and the shape of one import row once its text is read. */
export const KostenregelInvoerSchema = KostenregelVeldenSchema.superRefine(controleerBedragOfUren).transform(
  (v): KostenregelInvoer => {
    // zod hands us a fresh object, so filling in the amount in place copies nothing.
    if (v.bedragCenten === undefined) v.bedragCenten = bedragUitUren(v.uren!, v.uurtariefCenten!);
    return v as KostenregelInvoer;
  },
);
