import { alsDatum, alsGetal } from '../../components/opmaak';
import { gemeentenaam } from '../dashboard/monitor-api';
import type { Rapport } from './api';

/** The report's sections as tables, each figure beside its target, as the PDF will show them. */
export function Voorbeeld({ rapport }: { rapport: Rapport }) {
  return (
    <section aria-labelledby="voorbeeld">
      <h2 id="voorbeeld">
        Voorbeeld {rapport.periode}, {rapport.gemeentecode ? gemeentenaam(rapport.gemeentecode) : 'hele regio'}
      </h2>
      <p className="hint">
        {alsDatum(rapport.van)} t/m {alsDatum(rapport.tot)} · teldefinitie versie {rapport.definitieVersie} · nog niet
        gepubliceerd: de cijfers kunnen nog veranderen.
      </p>
      {rapport.secties.map((s) => (
        <div className="tabel-schuif" key={s.titel}>
          <table>
            <caption>{s.titel}</caption>
            <thead>
              <tr>
                <th scope="col">Onderdeel</th>
                <th scope="col" className="getal">
                  Aantal
                </th>
                <th scope="col" className="getal">
                  Doel
                </th>
              </tr>
            </thead>
            <tbody>
              {s.regels.length === 0 && (
                <tr>
                  <td colSpan={3}>Nog geen gegevens in deze periode.</td>
                </tr>
              )}
              {s.regels.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td className="getal">{alsGetal(r.waarde)}</td>
                  <td className="getal">{r.doel === null ? '—' : alsGetal(r.doel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <details>
        <summary>Definities</summary>
        <dl>
          {rapport.definities.map((d) => (
            <div key={d.term}>
              <dt>{d.term}</dt>
              <dd>{d.uitleg}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
