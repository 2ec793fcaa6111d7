import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { Tekstvak } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import type { Notitie } from './api';

const VELDNAMEN = { tekst: 'Gecorrigeerde tekst', reden: 'Reden van de correctie' };

/**
 * Correcting one's own note: a new version linked to the old one, which stays (a note is never deleted). The form
 * is only in the page while it is open, so the note's text stands once in the journal.
 */
export function NotitieCorrectie({
  trajectId,
  notitie,
  gecorrigeerd,
}: {
  trajectId: string;
  notitie: Notitie;
  gecorrigeerd: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [tekst, setTekst] = useState(notitie.tekst);
  const [reden, setReden] = useState('');
  const actie = useActie();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await trajectenApi.POST('/trajecten/{id}/notities/{notitieId}/correcties', {
        params: { path: { id: trajectId, notitieId: notitie.id } },
        body: { tekst, reden },
      });
      setOpen(false);
      setReden('');
      gecorrigeerd();
      return 'De correctie staat in het journaal als nieuwste versie.';
    });
  };
  const openen = () => {
    setTekst(notitie.tekst);
    actie.wis();
    setOpen(!open);
  };
  return (
    <>
      <p>
        <button type="button" className="knop knop-licht" aria-expanded={open} onClick={openen}>
          Notitie corrigeren
        </button>
      </p>
      {open ? (
        <form onSubmit={verstuur} className="formulier" aria-label={`Notitie van ${notitie.datum} corrigeren`}>
          <Tekstvak label="Gecorrigeerde tekst" required value={tekst} onChange={(e) => setTekst(e.target.value)} />
          <Tekstvak
            label="Reden van de correctie"
            required
            maxLength={2000}
            value={reden}
            onChange={(e) => setReden(e.target.value)}
          />
          <ActieMelding {...actie} veldnamen={VELDNAMEN} />
          <p>
            <button type="submit" className="knop" disabled={actie.bezig}>
              Correctie opslaan
            </button>
          </p>
        </form>
      ) : (
        <ActieMelding {...actie} />
      )}
    </>
  );
}
