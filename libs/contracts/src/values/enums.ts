import { z } from 'zod';

// Each enum is a readonly tuple (usable in OpenAPI/Swagger decorators), a zod schema and a type.

/** The five service steps, in the order a person normally walks them. */
export const STAPPEN = ['orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen'] as const;
export const StapSchema = z.enum(STAPPEN);
export type Stap = z.infer<typeof StapSchema>;

/** True when `naar` comes after `van`; a move forward counts toward "een stap vooruit". */
export function isLatereStap(van: Stap, naar: Stap): boolean {
  return STAPPEN.indexOf(naar) > STAPPEN.indexOf(van);
}

export const KANALEN = ['balie', 'telefoon', 'online', 'talentperron', 'evenement'] as const;
export const KanaalSchema = z.enum(KANALEN);
export type Kanaal = z.infer<typeof KanaalSchema>;

export const UITKERINGEN = ['participatiewet', 'ww', 'wia', 'wajong', 'anw', 'geen'] as const;
export const UitkeringSchema = z.enum(UITKERINGEN);
export type Uitkering = z.infer<typeof UitkeringSchema>;

// Upper-case on purpose: the public contract writes the scheme codes as their official acronyms.
export const REGELING_CODES = ['JTF', 'NPG'] as const;
export const RegelingCodeSchema = z.enum(REGELING_CODES);
export type RegelingCode = z.infer<typeof RegelingCodeSchema>;

export const ACTIVITEIT_SOORTEN = [
  'kansrijk-opleiden',
  'werkfit',
  'loopbaanadvies',
  'leerwerkloket',
  'praktijkverklaring',
  'route-arbeid',
  'route-entree',
  'ontwikkelcentrum',
  'taal',
  'ondernemersadvies',
] as const;
export const ActiviteitSoortSchema = z.enum(ACTIVITEIT_SOORTEN);
export type ActiviteitSoort = z.infer<typeof ActiviteitSoortSchema>;

export const ACTIVITEIT_RESULTATEN = ['behaald', 'niet-behaald', 'afgebroken'] as const;
export const ActiviteitResultaatSchema = z.enum(ACTIVITEIT_RESULTATEN);
export type ActiviteitResultaat = z.infer<typeof ActiviteitResultaatSchema>;

export const AFSLUIT_REDENEN = ['werk', 'scholing', 'verhuisd', 'geen-medewerking', 'overleden', 'anders'] as const;
export const AfsluitRedenSchema = z.enum(AFSLUIT_REDENEN);
export type AfsluitReden = z.infer<typeof AfsluitRedenSchema>;

export const CONTRACTVORMEN = ['vast', 'tijdelijk', 'uitzend', 'detachering'] as const;
export const ContractvormSchema = z.enum(CONTRACTVORMEN);
export type Contractvorm = z.infer<typeof ContractvormSchema>;

/**
 * What an inwoner can consent to (issue 20): sharing their profile with the region's employer teams, with a school,
 * or with the employer of one vacancy only (that purpose names the vacancy). An enum so new purposes stay explicit;
 * the event toestemming-gewijzigd v1 knows only the first one (its value set cannot widen), v2 knows all.
 */
export const TOESTEMMING_DOELEN = [
  'profiel-delen-met-werkgevers',
  'profiel-delen-met-school',
  'profiel-delen-met-vacature',
] as const;
export const ToestemmingDoelSchema = z.enum(TOESTEMMING_DOELEN);
export type ToestemmingDoel = z.infer<typeof ToestemmingDoelSchema>;
