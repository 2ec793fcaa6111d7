import { z } from 'zod';

/**
 * Why a cost line is left out of a claim: the value set of the contract, in the subsidies service's PRECEDENCE
 * order (when several apply to one line, the first listed is reported; the rule and its reasons are written in
 * services/subsidies/src/modules/declaraties/domain/uitsluitingsreden.ts). The portaal's Dutch text per reason is
 * a Record<Uitsluitingsreden, string>, so adding or renaming one here makes the compiler point at that text too.
 */
export const UITSLUITINGSREDENEN = [
  'al-gedeclareerd',
  'dubbele-financiering',
  'buiten-periode',
  'buiten-regio',
  'geen-bewijsstuk',
  'deelnemer-onvolledig',
  'gedekt-door-flat-rate',
] as const;

export const UitsluitingsredenSchema = z.enum(UITSLUITINGSREDENEN);
export type Uitsluitingsreden = z.infer<typeof UitsluitingsredenSchema>;
