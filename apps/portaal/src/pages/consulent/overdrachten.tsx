import { ReactNode, useState } from 'react';
import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { useSessie } from '../../auth/session';
import { organisatieTekst } from '../../auth/organisaties';
import { Bezig, Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { trajectNaam } from './namen';
import { OverdrachtBeantwoorden } from './overdracht-beantwoorden';
import { OverdrachtenTabel } from './overdrachten-tabel';

/**
 * Handovers proposed to the caller's organisation that await an answer. Until it accepts, the traject and its
 * person stay with the proposing organisation, so a row shows the note and the traject's reference only.
 */
export function Overdrachten() {
  const { sessie } = useSessie();
  const [melding, setMelding] = useState<ReactNode>();
  const lijst = useLaden(
    (signal) =>
      gegevens(trajectenApi.GET('/overdrachten', { params: { query: { status: 'voorgesteld' } }, signal })).then(
        (r) => r.items,
      ),
    [],
  );
  return (
    <Pagina titel="Overdrachten">
      <p>Overdrachten die andere organisaties aan {organisatieTekst(sessie?.organisatie ?? '')} voorstellen.</p>
      {melding && <Gelukt>{melding}</Gelukt>}
      <Probleem fout={lijst.fout} />
      {lijst.data ? (
        <OverdrachtenTabel
          items={lijst.data}
          titel="Overdrachten die op uw antwoord wachten"
          eerste={{ kop: 'Traject', cel: (o) => trajectNaam(o.trajectId) }}
          actie={{
            kop: 'Antwoord',
            cel: (o) => (
              <OverdrachtBeantwoorden
                overdracht={o}
                beantwoord={(m) => {
                  setMelding(m);
                  lijst.opnieuw();
                }}
              />
            ),
          }}
        />
      ) : (
        !lijst.fout && <Bezig />
      )}
    </Pagina>
  );
}
