import { useState } from 'react';
import { ApiProblem, gegevens, trajectenApi } from '../../api/client';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstvak } from '../../components/velden';
import type { GepubliceerdeRapportage, Keuze } from './api';

/**
 * Publishing freezes the report for good, so the consequence is said before the final click; publishing a period
 * and area again is a correction, a new version that needs a reason.
 */
export function Publiceren({
  keuze,
  eerder,
  gepubliceerd,
}: {
  keuze: Keuze;
  eerder: GepubliceerdeRapportage[];
  gepubliceerd: () => void;
}) {
  const [bevestigen, setBevestigen] = useState(false);
  const [reden, setReden] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiProblem | Error>();
  const [klaar, setKlaar] = useState<GepubliceerdeRapportage>();
  const correctie = eerder.length > 0;

  const publiceer = async () => {
    setBezig(true);
    setFout(undefined);
    try {
      const body = {
        periode: keuze.periode,
        ...(keuze.gemeentecode ? { gemeentecode: keuze.gemeentecode } : {}),
        ...(reden.trim() ? { reden: reden.trim() } : {}),
      };
      setKlaar(
        await gegevens(
          trajectenApi.POST('/rapportages', { body, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
        ),
      );
      setBevestigen(false);
      setReden('');
      gepubliceerd();
    } catch (err) {
      setFout(err as Error);
    } finally {
      setBezig(false);
    }
  };

  return (
    <section aria-labelledby="publiceren">
      <h2 id="publiceren">Publiceren</h2>
      {klaar && (
        <Gelukt>
          Versie {klaar.versie} van de rapportage {klaar.periode} is gepubliceerd. U vindt haar hieronder bij de
          gepubliceerde rapportages.
        </Gelukt>
      )}
      {!bevestigen ? (
        <button type="button" className="knop" onClick={() => setBevestigen(true)}>
          {correctie ? 'Correctie publiceren' : 'Publiceren'}
        </button>
      ) : (
        <div className="bevestigen" role="group" aria-labelledby="publiceren-vraag">
          <p id="publiceren-vraag">
            <strong>Weet u zeker dat u deze rapportage wilt publiceren?</strong> De cijfers, de PDF en het Excel-bestand
            worden vastgelegd en veranderen daarna nooit meer.
          </p>
          {correctie && (
            <Tekstvak
              label="Reden van de correctie"
              required
              hint={`Er is al een versie ${Math.max(...eerder.map((r) => r.versie))} gepubliceerd.`}
              value={reden}
              onChange={(e) => setReden(e.target.value)}
            />
          )}
          <Probleem
            fout={fout}
            veldnamen={{ reden: 'Reden van de correctie', periode: 'Periode', gemeentecode: 'Gebied' }}
          />
          <div className="acties">
            <button type="button" className="knop" disabled={bezig} onClick={() => void publiceer()}>
              Ja, publiceren
            </button>
            <button type="button" className="knop knop-licht" disabled={bezig} onClick={() => setBevestigen(false)}>
              Annuleren
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
