import { FormEvent, ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, type Overdracht } from './api';
import { trajectNaam } from './namen';

const UITLEG = { 409: 'Deze overdracht is al beantwoord, of het traject is intussen afgesloten.' };

/**
 * The receiver's answer to one handover: accept, or decline with a reason. The answered handover leaves the list, so
 * its confirmation goes to the page (`beantwoord`); a refusal stays in the row.
 */
export function OverdrachtBeantwoorden({
  overdracht,
  beantwoord,
}: {
  overdracht: Overdracht;
  beantwoord: (melding: ReactNode) => void;
}) {
  const [reden, setReden] = useState('');
  const actie = useActie();
  const traject = trajectNaam(overdracht.trajectId);
  const path = { id: overdracht.id };
  const antwoord = (stuur: () => Promise<unknown>, melding: ReactNode) =>
    void actie.voer(
      async () => {
        await stuur();
        beantwoord(melding);
      },
      (e) => inHetNederlands(e as Error, UITLEG),
    );
  const wijsAf = (e: FormEvent) => {
    e.preventDefault();
    antwoord(
      () => trajectenApi.POST('/overdrachten/{id}/afwijzing', { params: { path }, body: { reden } }),
      `U heeft de overdracht van ${traject} afgewezen.`,
    );
  };
  return (
    <div className="formulier">
      <p>
        <button
          type="button"
          className="knop"
          disabled={actie.bezig}
          aria-label={`${traject} accepteren`}
          onClick={() =>
            antwoord(
              () => trajectenApi.POST('/overdrachten/{id}/acceptatie', { params: { path } }),
              <>
                U heeft {traject} geaccepteerd; het staat nu bij uw organisatie.{' '}
                <Link to={`/trajecten/${overdracht.trajectId}`}>Naar {traject}</Link>
              </>,
            )
          }
        >
          Accepteren
        </button>
      </p>
      <form onSubmit={wijsAf}>
        <Tekstveld
          label={`Reden van afwijzen (${traject})`}
          required
          maxLength={2000}
          value={reden}
          onChange={(e) => setReden(e.target.value)}
        />
        <button type="submit" className="knop knop-licht" disabled={actie.bezig}>
          Afwijzen
        </button>
      </form>
      <ActieMelding {...actie} veldnamen={{ reden: 'Reden van afwijzen' }} />
    </div>
  );
}
