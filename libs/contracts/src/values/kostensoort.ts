import { z } from 'zod';

/** The cost kinds of the public contract; a regeling may allow only some of them (checked where regelingen live). */
export const KOSTENSOORTEN = ['personeel', 'opleiding', 'begeleiding', 'materiaal', 'overig'] as const;

export const KostensoortSchema = z.enum(KOSTENSOORTEN, {
  error: `must be one of ${KOSTENSOORTEN.join(', ')}`,
});

export type Kostensoort = z.infer<typeof KostensoortSchema>;
