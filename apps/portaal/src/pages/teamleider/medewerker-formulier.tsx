import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { Tekstveld, Vinkje } from '../../components/velden';
import { ActieMelding } from '../consulent/actie-melding';

const VELDNAMEN = { naam: 'Naam', team: 'Team', subject: 'Gebruikersnaam' };

/** Adds a medewerker, or changes one: the same PUT, keyed by the user name they log in with. */
export function MedewerkerFormulier({ organisatie, opgeslagen }: { organisatie: string; opgeslagen: () => void }) {
  const [subject, setSubject] = useState('');
  const [naam, setNaam] = useState('');
  const [team, setTeam] = useState('');
  const [actief, setActief] = useState(true);
  const actie = useActie();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await trajectenApi.PUT('/medewerkers/{subject}', {
        params: { path: { subject } },
        body: { naam, organisatie, team: team || null, actief },
      });
      opgeslagen();
      return `${naam} is opgeslagen.`;
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="medewerker-kop">
      <h2 id="medewerker-kop">Medewerker toevoegen of wijzigen</h2>
      <div className="rij">
        <Tekstveld
          label="Gebruikersnaam"
          hint="Waarmee de medewerker inlogt. Een bestaande gebruikersnaam wijzigt die medewerker."
          required
          maxLength={200}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
        />
        <Tekstveld label="Naam" required maxLength={200} value={naam} onChange={(e) => setNaam(e.target.value)} />
        <Tekstveld label="Team" maxLength={100} value={team} onChange={(e) => setTeam(e.target.value)} />
      </div>
      <Vinkje
        label="Actief"
        hint="Alleen actieve medewerkers krijgen trajecten toegewezen."
        checked={actief}
        onChange={(e) => setActief(e.target.checked)}
      />
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Medewerker opslaan
        </button>
      </p>
    </form>
  );
}
