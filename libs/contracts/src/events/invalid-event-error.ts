import type { z } from 'zod';

export interface EventIssue {
  /** Dotted path inside the validated object, e.g. 'deelnemer.leeftijdsband'; '' for the root. */
  readonly path: string;
  readonly message: string;
}

export function issuesFromZodError(error: z.ZodError): EventIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * Thrown when an event (envelope or payload) does not match its contract. Consumers treat it as
 * permanent: redelivering the same bytes cannot make them valid, so the message goes to dead letters.
 */
export class InvalidEventError extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: readonly EventIssue[],
  ) {
    const summary = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    super(`invalid event ${eventType}: ${summary}`);
    this.name = 'InvalidEventError';
  }
}
