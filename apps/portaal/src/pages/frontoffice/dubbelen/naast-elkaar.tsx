import type { components } from '../../../api/generated/intake';
import { alsDatum } from '../../../components/opmaak';
import { organisatieNaam } from '../namen';

type Inwoner = components['schemas']['Inwoner'];

const RIJEN: [string, (i: Inwoner) => string][] = [
  ['Naam', (i) => [i.voornaam, i.achternaam].filter(Boolean).join(' ')],
  ['BSN', (i) => i.bsn ?? 'Niet bekend'],
  ['Geboortedatum', (i) => alsDatum(i.geboortedatum)],
  ['Adres', (i) => `${[i.postcode, i.huisnummer].filter(Boolean).join(' ')}, ${organisatieNaam(i.gemeentecode)}`],
  ['E-mailadres', (i) => i.email ?? 'Niet bekend'],
  ['Telefoonnummer', (i) => i.telefoon ?? 'Niet bekend'],
  ['Aanmeldingen', (i) => i.aanmeldingen.map((a) => alsDatum(a.aangemeldOp)).join(', ') || 'Geen'],
];

/** Two records side by side, one row per item, so a difference shows at a glance (and is marked for everyone). */
export function NaastElkaar({ a, b }: { a: Inwoner; b: Inwoner }) {
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Gegevens naast elkaar</caption>
        <thead>
          <tr>
            <th scope="col">Gegeven</th>
            <th scope="col">Inschrijving A</th>
            <th scope="col">Inschrijving B</th>
          </tr>
        </thead>
        <tbody>
          {RIJEN.map(([naam, waarde]) => {
            const verschilt = waarde(a) !== waarde(b);
            return (
              <tr key={naam} className={verschilt ? 'verschilt' : undefined}>
                <th scope="row">
                  {naam}
                  {verschilt && <span className="label"> verschilt</span>}
                </th>
                <td>{waarde(a)}</td>
                <td>{waarde(b)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
