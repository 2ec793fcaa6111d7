import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstvak, Tekstveld, Vinkje } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import type { NotitieSoort } from './api';
import { NOTITIE_NAMEN, opties } from './namen';

const VELDNAMEN = { soort: 'Soort notitie', datum: 'Datum', tekst: 'Notitie' };

/** A new note in the journal; it is never deleted (a correction is a new version). */
export function NotitieFormulier({ trajectId, geschreven }: { trajectId: string; geschreven: () => void }) {
  const [soort, setSoort] = useState<NotitieSoort>('gesprek');
  const [datum, setDatum] = useState(vandaag());
  const [tekst, setTekst] = useState('');
  const [gevoelig, setGevoelig] = useState(false);
  const actie = useActie();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await trajectenApi.POST('/trajecten/{id}/notities', {
        params: { path: { id: trajectId } },
        body: { soort, datum, tekst, gevoelig },
      });
      setTekst('');
      setGevoelig(false);
      geschreven();
      return 'De notitie staat in het journaal.';
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="notitie-kop">
      <h3 id="notitie-kop">Notitie schrijven</h3>
      <div className="rij">
        <Keuzelijst
          label="Soort notitie"
          value={soort}
          onChange={(e) => setSoort(e.target.value as NotitieSoort)}
          opties={opties(NOTITIE_NAMEN)}
        />
        <Tekstveld
          label="Datum"
          type="date"
          required
          max={vandaag()}
          value={datum}
          onChange={(e) => setDatum(e.target.value)}
        />
      </div>
      <Tekstvak
        label="Notitie"
        hint="Wat er besproken of afgesproken is. Wordt bewaard zoals u het typt en nooit verwijderd."
        required
        value={tekst}
        onChange={(e) => setTekst(e.target.value)}
      />
      <Vinkje
        label="Gevoelig (gezondheid, schulden)"
        hint="Alleen u en uw team zien deze notitie."
        checked={gevoelig}
        onChange={(e) => setGevoelig(e.target.checked)}
      />
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Notitie opslaan
        </button>
      </p>
    </form>
  );
}
