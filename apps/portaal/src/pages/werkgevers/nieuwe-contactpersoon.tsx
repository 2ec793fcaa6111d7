import { useState } from 'react';
import { werkgeversApi } from '../../api/client';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { useVelden, useVersturen } from '../../components/formulier';

const LEEG = { naam: '', functie: '', email: '', telefoon: '' };
const VELDNAMEN = { naam: 'Naam', functie: 'Functie', email: 'E-mailadres', telefoon: 'Telefoonnummer' };
const regels = (c: typeof LEEG) => ({ naam: c.naam.trim() ? undefined : 'Vul de naam van de contactpersoon in.' });

/** Adds a contact person at the employer; only the name is required. */
export function NieuweContactpersoon({ werkgeverId, toegevoegd }: { werkgeverId: string; toegevoegd: () => void }) {
  const { waarden: c, veld, controleer, herstel } = useVelden(LEEG, regels);
  const [opgeslagen, setOpgeslagen] = useState<string>();
  const ingevuld = (naam: 'functie' | 'email' | 'telefoon') => (c[naam].trim() ? { [naam]: c[naam].trim() } : {});
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/werkgevers/{id}/contactpersonen', {
        params: { path: { id: werkgeverId } },
        body: { naam: c.naam.trim(), ...ingevuld('functie'), ...ingevuld('email'), ...ingevuld('telefoon') },
      }),
    gelukt: () => {
      setOpgeslagen(c.naam.trim());
      herstel();
      toegevoegd();
    },
  });
  return (
    <details className="contactpersoon-toevoegen">
      <summary>Contactpersoon toevoegen</summary>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <div className="rij">
          <Tekstveld label="Naam contactpersoon" required autoComplete="off" {...veld('naam')} />
          <Tekstveld label="Functie" {...veld('functie')} />
        </div>
        <div className="rij">
          <Tekstveld label="E-mailadres" type="email" autoComplete="off" {...veld('email')} />
          <Tekstveld label="Telefoonnummer" type="tel" autoComplete="off" {...veld('telefoon')} />
        </div>
        <Probleem fout={fout} veldnamen={VELDNAMEN} />
        {opgeslagen && !fout && <Gelukt>Contactpersoon {opgeslagen} is toegevoegd.</Gelukt>}
        <div>
          <button type="submit" className="knop knop-licht" disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'Contactpersoon opslaan'}
          </button>
        </div>
      </form>
    </details>
  );
}
