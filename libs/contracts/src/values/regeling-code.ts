import { z } from 'zod';

/**
 * A regeling code as finance types it: upper-case acronym such as JTF, NPG or REACT-EU.
 * Deliberately open, unlike RegelingCodeSchema (JTF | NPG only): finance may register new schemes at runtime, and
 * whether the code exists is a question only the store of regelingen can answer.
 */
export const REGELING_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,19}$/;

export const isRegelingCode = (tekst: string): boolean => REGELING_CODE_PATTERN.test(tekst);

export const OpenRegelingCodeSchema = z
  .string()
  .regex(REGELING_CODE_PATTERN, {
    error: 'must be a regeling code of 2-20 upper-case letters, digits or dashes, such as JTF',
  })
  .describe('Code of a registered regeling, for example JTF');
