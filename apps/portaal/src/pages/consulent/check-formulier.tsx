import { FormEvent, useState } from 'react';
import { gegevens, trajectenApi } from '../../api/client';
import { Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, Opvolging } from './api';
import { JaNee } from './ja-nee';
import { useActie } from '../../components/formulier';

const UITLEG = {
  409: 'De uitkomst kan nu niet worden vastgelegd: de check is nog niet aan de beurt, of de uitkomst is al vastgelegd.',
};

/** Records the outcome of a due check; the form stays visible after saving only for its confirmation. */
export function CheckFormulier({ opvolging, opnieuw }: { opvolging: Opvolging; opnieuw: () => void }) {
  const [inDienst, setInDienst] = useState(true);
  const [uren, setUren] = useState('');
  const actie = useActie();
  if (opvolging.status !== 'open') return <ActieMelding {...actie} />;
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      try {
        const { duurzaam } = await gegevens(
          trajectenApi.POST('/opvolgingen/{id}/uitkomst', {
            params: { path: { id: opvolging.id } },
            body: { inDienst, urenPerWeek: inDienst ? Number(uren) : 0 },
          }),
        );
        return `De uitkomst is vastgelegd: ${duurzaam ? 'duurzaam' : 'niet duurzaam'}.`;
      } catch (fout) {
        throw inHetNederlands(fout as Error, UITLEG);
      } finally {
        opnieuw();
      }
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier smal" aria-describedby="check-uitleg">
      <p id="check-uitleg" className="hint">
        Een plaatsing is duurzaam als de persoon een half jaar na de start nog in dienst is, voor minstens 24 uur per
        week.
      </p>
      <JaNee vraag="Is de persoon nog in dienst?" waarde={inDienst} onChange={setInDienst} />
      {inDienst && (
        <Tekstveld
          label="Uren per week"
          type="number"
          inputMode="decimal"
          min={0}
          max={80}
          step={0.5}
          required
          value={uren}
          onChange={(e) => setUren(e.target.value)}
        />
      )}
      <ActieMelding {...actie} veldnamen={{ urenPerWeek: 'Uren per week', inDienst: 'Is de persoon nog in dienst?' }} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Uitkomst vastleggen
        </button>
      </p>
    </form>
  );
}
