import { Link } from 'react-router';
import type { components } from '../../../api/generated/intake';
import { alsDatum } from '../../../components/opmaak';

/** One inwoner a search found, as intake answers it. */
export type Gevonden = components['schemas']['GevondenInwoners']['items'][number];

/** The inwoners a search found, each linking to `naar` their id (their details, or their audit trail). */
export function Zoekresultaat({ gevonden, naar }: { gevonden: readonly Gevonden[]; naar: (id: string) => string }) {
  if (gevonden.length === 0) {
    return (
      <p role="status" className="melding melding-info">
        Er is geen inwoner gevonden met deze gegevens. Misschien is de inwoner bij een andere organisatie aangemeld.
      </p>
    );
  }
  return (
    <div className="tabel-schuif">
      <p role="status" className="visueel-verborgen">
        {gevonden.length === 1 ? '1 inwoner gevonden' : `${gevonden.length} inwoners gevonden`}
      </p>
      <table>
        <caption>Gevonden inwoners</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Geboortedatum</th>
            <th scope="col">Gemeente</th>
          </tr>
        </thead>
        <tbody>
          {gevonden.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link to={naar(i.id)}>
                  {i.voornaam} {i.achternaam}
                </Link>
              </th>
              <td>{alsDatum(i.geboortedatum)}</td>
              <td>{i.gemeentecode}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
