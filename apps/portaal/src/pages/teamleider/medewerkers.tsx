import { useState } from 'react';
import { useLaden } from '../../api/use-laden';
import { ORGANISATIES } from '../../auth/organisaties';
import { useSessie } from '../../auth/session';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { laadMedewerkers, type Medewerker } from './api';
import { MedewerkerFormulier } from './medewerker-formulier';
import { RegelFormulier } from './regel-formulier';

function MedewerkersTabel({ items }: { items: Medewerker[] }) {
  if (items.length === 0) return <p>Deze organisatie heeft nog geen medewerkers.</p>;
  return (
    <table>
      <caption>Medewerkers</caption>
      <thead>
        <tr>
          <th scope="col">Naam</th>
          <th scope="col">Gebruikersnaam</th>
          <th scope="col">Team</th>
          <th scope="col">Actief</th>
        </tr>
      </thead>
      <tbody>
        {items.map((m) => (
          <tr key={m.subject}>
            <th scope="row">{m.naam}</th>
            <td>{m.subject}</td>
            <td>{m.team ?? 'Geen team'}</td>
            <td>{m.actief ? 'Ja' : 'Nee'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The organisation's medewerkers and its assignment rule. A teamleider manages their own organisation, beheer any. */
export function Medewerkers() {
  const { sessie } = useSessie();
  const beheer = !!sessie?.rollen.includes('beheer');
  const [organisatie, setOrganisatie] = useState(beheer ? ORGANISATIES[0].waarde : (sessie?.organisatie ?? ''));
  const lijst = useLaden((signal) => laadMedewerkers(organisatie, signal), [organisatie]);
  return (
    <Pagina titel="Medewerkers">
      {beheer && (
        <Keuzelijst
          label="Organisatie"
          value={organisatie}
          onChange={(e) => setOrganisatie(e.target.value)}
          opties={ORGANISATIES}
        />
      )}
      <Probleem fout={lijst.fout} />
      {lijst.data ? <MedewerkersTabel items={lijst.data} /> : !lijst.fout && <Bezig />}
      <MedewerkerFormulier key={`medewerker-${organisatie}`} organisatie={organisatie} opgeslagen={lijst.opnieuw} />
      {lijst.data && <RegelFormulier key={`regel-${organisatie}`} organisatie={organisatie} medewerkers={lijst.data} />}
    </Pagina>
  );
}
