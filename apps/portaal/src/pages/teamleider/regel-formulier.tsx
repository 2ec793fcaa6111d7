import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { ActieMelding } from '../consulent/actie-melding';
import { medewerkerOpties, type Medewerker } from './api';

type Regel = 'minst-belast' | 'vast';
const REGELS = [
  { waarde: 'minst-belast', tekst: 'Minst belaste medewerker van een team' },
  { waarde: 'vast', tekst: 'Altijd dezelfde consulent' },
];
const VELDNAMEN = { regel: 'Regel', team: 'Team', consulent: 'Consulent' };

/** How a new traject of the organisation gets its consulent; without a rule it starts unassigned. */
export function RegelFormulier({ organisatie, medewerkers }: { organisatie: string; medewerkers: Medewerker[] }) {
  const [regel, setRegel] = useState<Regel>('minst-belast');
  const [team, setTeam] = useState('');
  const consulenten = medewerkerOpties(medewerkers);
  const [consulent, setConsulent] = useState('');
  const actie = useActie();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await trajectenApi.PUT('/toewijzingsregels/{organisatie}', {
        params: { path: { organisatie } },
        body: regel === 'vast' ? { regel, consulent: consulent || consulenten[0]?.waarde } : { regel, team },
      });
      return 'De toewijzingsregel is opgeslagen. Nieuwe trajecten krijgen hiermee hun consulent.';
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="regel-kop">
      <h2 id="regel-kop">Toewijzingsregel</h2>
      <Keuzelijst label="Regel" value={regel} onChange={(e) => setRegel(e.target.value as Regel)} opties={REGELS} />
      {regel === 'minst-belast' ? (
        <Tekstveld
          label="Team"
          hint="Het team waarvan de actieve medewerker met de minste actieve trajecten het nieuwe traject krijgt."
          required
          maxLength={100}
          value={team}
          onChange={(e) => setTeam(e.target.value)}
        />
      ) : (
        <Keuzelijst
          label="Consulent"
          required
          value={consulent}
          onChange={(e) => setConsulent(e.target.value)}
          opties={consulenten}
        />
      )}
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Regel opslaan
        </button>
      </p>
    </form>
  );
}
