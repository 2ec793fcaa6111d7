import { useId } from 'react';
import { gegevens, subsidiesApi } from '../../api/client';
import { useJob } from '../../api/use-job';
import { alsGetal } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import type { Declaratie } from './typen';

/**
 * A progress bar with a text label. Without `waarde` it shows that work goes on without saying how far (a claim
 * compiled within the request); with it, the percentage.
 */
export function Voortgang({ waarde, label = 'Declaratie samenstellen' }: { waarde?: number; label?: string }) {
  const id = useId();
  return (
    <div className="voortgang">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={waarde} aria-describedby={`${id}-tekst`} />
      <p id={`${id}-tekst`} role="status">
        {waarde === undefined ? 'Bezig met samenstellen…' : `${alsGetal(waarde)}% klaar`}
      </p>
    </div>
  );
}

/**
 * A claim compiled as a job (the service answered 202): shows its progress until it is no longer `in-bewerking`,
 * then hands the claim over.
 */
export function Samenstellen({ id, klaar }: { id: string; klaar: (d: Declaratie) => void }) {
  const stand = useJob(
    (signal) =>
      gegevens(subsidiesApi.GET('/declaraties/{id}', { params: { path: { id }, query: { regels: 'geen' } }, signal })),
    id,
    klaar,
  );
  return (
    <>
      <Voortgang waarde={stand.data?.voortgang ?? 0} />
      <Probleem fout={stand.fout} />
    </>
  );
}
