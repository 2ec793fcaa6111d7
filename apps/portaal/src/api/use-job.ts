import { useEffect } from 'react';
import { Geladen, useLaden } from './use-laden';

/** How often a job that runs in a service (a claim compiled, a large import) is asked for its progress. */
const ELKE_MS = 1_000;

/**
 * Follows the job `id` a service answered 202 for: reads it with `laad` now and every second while the job is
 * `in-bewerking`, then hands the final state to `klaar` once.
 */
export function useJob<T extends { status?: string }>(
  laad: (signal: AbortSignal) => Promise<T>,
  id: string,
  klaar: (uitkomst: T) => void,
): Geladen<T> {
  const stand = useLaden(laad, [id]);
  const { data, opnieuw } = stand;
  useEffect(() => {
    if (!data) return;
    if (data.status !== 'in-bewerking') {
      klaar(data);
      return;
    }
    const timer = setTimeout(opnieuw, ELKE_MS);
    return () => clearTimeout(timer);
    // klaar is the caller's callback, usually a new function each render: following it would restart the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: following `klaar` would restart the timer
  }, [data, opnieuw]);
  return stand;
}
