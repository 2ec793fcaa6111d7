import { useEffect, useId } from 'react';
import { api } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsGetal } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import type { Declaratie } from './typen';

/** How often a claim that is being compiled is asked for its progress. */
const ELKE_MS = 1_000;

/**
 * A progress bar with a text label. Without `waarde` it shows that work goes on without saying how far (a claim
 * compiled within the request); with it, the percentage.
 */
export function Voortgang({ waarde }: { waarde?: number }) {
  const id = useId();
  return (
    <div className="voortgang">
      <label htmlFor={id}>Declaratie samenstellen</label>
      <progress id={id} max={100} value={waarde} aria-describedby={`${id}-tekst`} />
      <p id={`${id}-tekst`} role="status">
        {waarde === undefined ? 'Bezig met samenstellen…' : `${alsGetal(waarde)}% klaar`}
      </p>
    </div>
  );
}

/**
 * A claim compiled as a job (the service answered 202): shows its progress and asks again every second until it is
 * no longer `in-bewerking`, then hands the claim over.
 */
export function Samenstellen({ id, klaar }: { id: string; klaar(d: Declaratie): void }) {
  const stand = useLaden((signal) => api<Declaratie>('subsidies', `/declaraties/${id}`, { signal }), [id]);
  const { data, opnieuw } = stand;
  useEffect(() => {
    if (!data) return;
    if (data.status !== 'in-bewerking') {
      klaar(data);
      return;
    }
    const timer = setTimeout(opnieuw, ELKE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, opnieuw]);
  return (
    <>
      <Voortgang waarde={data?.voortgang ?? 0} />
      <Probleem fout={stand.fout} />
    </>
  );
}
