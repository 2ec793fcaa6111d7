/** The BullMQ queue of the follow-ups' alarm clocks. */
export const WACHTRIJ = 'opvolgingen';

/** The job id of a follow-up: deterministic, so planning twice never schedules twice (and no ':' as BullMQ wants). */
export const jobId = (opvolgingId: string) => `opvolging-${opvolgingId}`;

/**
 * A follow-up's job as it goes into the queue: fires after `delayMs`, retried with backoff while its row is not yet
 * visible, and gone once done. The benchmark's BullMQ floors add exactly these.
 */
export function vuurJob(opvolgingId: string, delayMs: number) {
  return {
    name: 'vuur',
    data: { opvolgingId },
    opts: {
      jobId: jobId(opvolgingId),
      delay: delayMs,
      attempts: 8,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: true,
      removeOnFail: true,
    },
  };
}
