import { alsDatum } from '../../components/opmaak';
import type { Overgang } from './api';
import { STAP_NAMEN } from './namen';

/** Every change of step with who, when and why. */
export function Overgangen({ overgangen }: { overgangen: Overgang[] }) {
  if (overgangen.length === 0) return <p>De stap is nog niet gewijzigd sinds de aanmelding.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Wijzigingen van stap</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Van</th>
            <th scope="col">Naar</th>
            <th scope="col">Door</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {overgangen.map((o) => (
            <tr key={`${o.op}-${o.naar}`}>
              <td>{alsDatum(o.op)}</td>
              <td>{STAP_NAMEN[o.van]}</td>
              <td>{STAP_NAMEN[o.naar]}</td>
              <td>{o.door}</td>
              <td>{o.toelichting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
