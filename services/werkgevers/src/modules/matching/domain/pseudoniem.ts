import { createHash } from 'node:crypto';

/**
 * The code an employer team sees instead of a candidate's identity, e.g. 'K-3F9A0C12'. A hash, so it is stable
 * (the same candidate keeps the same code on a vacancy) and cannot be turned back into the trajectId. The vacancy
 * is part of the input on purpose: codes differ per vacancy, so an employer cannot link one person across the
 * vacancies they publish.
 */
export function pseudoniem(trajectId: string, vacatureId: string): string {
  const hash = createHash('sha256').update(`${vacatureId}:${trajectId}`).digest('hex');
  return `K-${hash.slice(0, 8).toUpperCase()}`;
}
