import { Link } from 'react-router';
import { tekstVan } from './keuzelijsten';
import type { Keuze, Vacature } from './typen';
import { bezetting, StatusWijzigen, VACATURE_STATUS_NAMEN } from './vacature-status';

const kenmerken = (v: Vacature) =>
  [v.openHiring && 'Open Hiring', v.cvLoos && 'Zonder cv', v.geschiktVoorAfspraakbaan && 'Geschikt voor afspraakbaan']
    .filter(Boolean)
    .join(', ') || '—';

/** The employer's vacancies with their status and places filled, each with the way to its candidates. */
export function Vacatures({
  vacatures,
  skills,
  gewijzigd,
}: {
  vacatures: Vacature[];
  skills: Keuze[] | undefined;
  gewijzigd: () => void;
}) {
  return (
    <section aria-labelledby="vacatures">
      <h2 id="vacatures">Vacatures</h2>
      {vacatures.length === 0 ? (
        <p>Deze werkgever heeft nog geen vacatures.</p>
      ) : (
        <div className="tabel-schuif">
          <table>
            <caption className="visueel-verborgen">Vacatures van deze werkgever</caption>
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col" className="getal">
                  Uren per week
                </th>
                <th scope="col">Status</th>
                <th scope="col">Bezetting</th>
                <th scope="col">Vaardigheden</th>
                <th scope="col">Kenmerken</th>
                <th scope="col">Kandidaten</th>
                <th scope="col">Acties</th>
              </tr>
            </thead>
            <tbody>
              {vacatures.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.titel}</th>
                  <td className="getal">{v.urenPerWeek.toLocaleString('nl-NL')}</td>
                  <td>
                    {VACATURE_STATUS_NAMEN[v.status]}
                    {v.statusReden && <span className="hint"> ({v.statusReden})</span>}
                  </td>
                  <td>{bezetting(v)}</td>
                  <td>{v.skills.map((s) => tekstVan(skills, s)).join(', ') || '—'}</td>
                  <td>{kenmerken(v)}</td>
                  <td>
                    <Link to={`/vacatures/${v.id}/kandidaten`}>
                      Kandidaten<span className="visueel-verborgen"> voor {v.titel}</span>
                    </Link>
                  </td>
                  <td>
                    {/* Remounted on a new status, so the form offers the statuses it may now become. */}
                    <StatusWijzigen key={v.status} vacature={v} klaar={gewijzigd} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
