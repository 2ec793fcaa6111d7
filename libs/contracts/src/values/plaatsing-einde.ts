import { z } from 'zod';

/**
 * Why a placement ended, as a code: plaatsing-beeindigd carries only one of these, never the employer team's own
 * words, because an event stays in the stream beyond any erasure. 'overig' stands for every reason typed as text.
 * The portaal's Dutch label per code is a Record<PlaatsingEindeReden, string>, so a new code needs its text too.
 */
export const PLAATSING_EINDE_REDENEN = [
  'contract-niet-verlengd',
  'proeftijd',
  'ontslag',
  'eigen-keuze',
  'ander-werk',
  'opleiding-gestopt',
  'ziekte',
  'verhuizing',
  'overig',
] as const;

export const PlaatsingEindeRedenSchema = z.enum(PLAATSING_EINDE_REDENEN);
export type PlaatsingEindeReden = z.infer<typeof PlaatsingEindeRedenSchema>;

/** The code an event may carry for a reason: the chosen code, else the typed text when it is a code, else 'overig'. */
export function eindeRedenCode(redenCode: PlaatsingEindeReden | undefined, reden: string): PlaatsingEindeReden {
  if (redenCode) return redenCode;
  const getypt = PlaatsingEindeRedenSchema.safeParse(reden.trim());
  return getypt.success ? getypt.data : 'overig';
}
