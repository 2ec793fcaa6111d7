import { z } from 'zod';

/** A plan's text: kept exactly as typed (no trimming, no HTML sanitising: the portaal renders it as text). */
export const planTekst = (max: number) => z.string().min(1).max(max).regex(/\S/, 'must contain more than white space');
