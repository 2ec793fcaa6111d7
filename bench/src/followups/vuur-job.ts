/**
 * A duurzaamheidscheck's job as the service adds it (OpvolgingWachtrij.zetKlaar): the same name, data, deterministic
 * job id, attempts, backoff and removal, so BullMQ's floors store what the service stores.
 */
export function vuurJob(opvolgingId: string, delayMs: number) {
  return {
    name: 'vuur',
    data: { opvolgingId },
    opts: {
      jobId: `opvolging-${opvolgingId}`,
      delay: delayMs,
      attempts: 8,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: true,
      removeOnFail: true,
    },
  };
}
