import { z } from 'zod';

/** Bounds on a list of skills: enough for any vacancy or profile, small enough that matching stays cheap. */
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTE = 100;

/**
 * The text a skill is compared on: lower case, accents stripped (NFD, then the combining marks dropped),
 * whitespace collapsed and trimmed. 'Nederlands  B1' and ' nederlands b1' are the same skill; 'Café' is 'cafe'.
 */
export function normaliseerSkill(tekst: string): string {
  return tekst.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One skill as a client sends it: any text that still says something once normalised. */
export const IngevoerdeSkillSchema = z
  .string()
  .max(MAX_SKILL_LENGTE, `must be at most ${MAX_SKILL_LENGTE} characters`)
  .refine((s) => normaliseerSkill(s).length > 0, 'must not be empty');

/** The free list of skills of the public contract (`skills` is any list of strings), bounded. */
export const IngevoerdeSkillsSchema = z.array(IngevoerdeSkillSchema).max(MAX_SKILLS, `at most ${MAX_SKILLS} skills`);
