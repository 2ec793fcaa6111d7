import { alsDatum } from '../../components/opmaak';
import type { Activiteit } from './api';
import { ACTIVITEIT_NAMEN, RESULTAAT_NAMEN } from './namen';

/** The activities of the traject, with their result once completed. */
export function Activiteiten({ activiteiten }: { activiteiten: Activiteit[] }) {
  if (activiteiten.length === 0) return <p>Er zijn nog geen activiteiten.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Activiteiten</caption>
        <thead>
          <tr>
            <th scope="col">Activiteit</th>
            <th scope="col">Gestart op</th>
            <th scope="col">Resultaat</th>
            <th scope="col">Afgerond op</th>
          </tr>
        </thead>
        <tbody>
          {activiteiten.map((a) => (
            <tr key={a.id}>
              <td>{ACTIVITEIT_NAMEN[a.soort]}</td>
              <td>{alsDatum(a.startdatum)}</td>
              <td>{a.resultaat ? RESULTAAT_NAMEN[a.resultaat] : 'Loopt nog'}</td>
              <td>{alsDatum(a.datum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
