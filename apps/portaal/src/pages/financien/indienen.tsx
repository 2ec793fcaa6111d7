import { useState } from 'react';
import { ApiProblem, subsidiesApi } from '../../api/client';
import { Probleem } from '../../components/probleem';

/**
 * Submits a concept claim after the user confirms: once submitted its cost lines can never be claimed again, so
 * the consequence is said before the final click.
 */
export function Indienen({ id, ingediend }: { id: string; ingediend: () => void }) {
  const [bevestigen, setBevestigen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiProblem | Error>();

  const dienIn = async () => {
    setBezig(true);
    try {
      await subsidiesApi.POST('/declaraties/{id}/indiening', { params: { path: { id } } });
      ingediend();
    } catch (err) {
      setFout(err as Error);
      setBezig(false);
    }
  };

  if (!bevestigen)
    return (
      <button type="button" className="knop" onClick={() => setBevestigen(true)}>
        Indienen
      </button>
    );
  return (
    <div className="bevestigen" role="group" aria-labelledby="indienen-vraag">
      <p id="indienen-vraag">
        <strong>Weet u zeker dat u deze declaratie wilt indienen?</strong> Daarna kunt u haar niet meer wijzigen, en de
        opgenomen kostenregels kunnen nooit opnieuw worden gedeclareerd.
      </p>
      <Probleem fout={fout} />
      <div className="acties">
        <button type="button" className="knop" disabled={bezig} onClick={() => void dienIn()}>
          Ja, declaratie indienen
        </button>
        <button type="button" className="knop knop-licht" disabled={bezig} onClick={() => setBevestigen(false)}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
