import { z } from 'zod';

/**
 * Text of a note or correction, kept exactly as typed: no trimming, no HTML sanitising (the portaal renders it as
 * text). Only checked for its length and that it says something.
 */
export const NotitieTekstSchema = z.string().min(1).max(10_000).regex(/\S/, 'must contain more than white space');
