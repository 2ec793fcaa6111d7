import { createHmac } from 'node:crypto';

/** What a candidate code is made of. */
export interface PseudoniemInvoer {
  trajectId: string;
  vacatureId: string;
  /** When the person's consent to share their profile last changed (ISO); undefined while they never answered. */
  toestemmingGewijzigdOp?: string;
}

/**
 * The code an employer team sees instead of a candidate's identity, e.g. 'K-3F9A0C12': a keyed HMAC-SHA256, so
 * nobody without the key (KANDIDAAT_PSEUDONIEM_SLEUTEL) can compute it from a vacancy and traject id, not even
 * someone who once saw both. The vacancy is part of the input, so codes differ per vacancy and an employer
 * cannot link one person across the vacancies they publish. So is the moment consent last changed: a team that
 * saw a profile while the person consented cannot recognise the person by the code after a withdrawal (the code
 * is new), while the code stays stable as long as the consent does.
 */
export function pseudoniem(sleutel: Buffer, k: PseudoniemInvoer): string {
  const mac = createHmac('sha256', sleutel)
    .update(`${k.vacatureId}:${k.trajectId}:${k.toestemmingGewijzigdOp ?? ''}`)
    .digest('hex');
  return `K-${mac.slice(0, 8).toUpperCase()}`;
}
