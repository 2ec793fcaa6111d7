import { Link } from 'react-router';
import { alsDatum } from '../../components/opmaak';
import type { Opvolging } from './api';
import { OPVOLGING_NAMEN, OPVOLGING_STATUS_NAMEN, trajectNaam } from './namen';

function Uitkomst({ o }: { o: Opvolging }) {
  if (o.uitkomst) return <>{o.uitkomst.duurzaam ? 'Duurzaam' : 'Niet duurzaam'}</>;
  // the consulent's words, as typed
  if (o.afsluiting) return <span className="als-getypt">{o.afsluiting.uitkomst}</span>;
  if (o.soort === 'duurzaamheidscheck' && o.status === 'open')
    return <Link to={`/opvolgingen/${o.id}`}>Check invullen</Link>;
  return <>—</>;
}

/** Follow-ups as a table; on the worklist with a link to each traject, on a traject page without. */
export function OpvolgingenTabel({
  items,
  titel,
  metTraject = false,
}: {
  items: Opvolging[];
  titel: string;
  metTraject?: boolean;
}) {
  if (items.length === 0) return <p>Er zijn geen opvolgingen.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">Soort</th>
            {metTraject && <th scope="col">Traject</th>}
            <th scope="col">Vervaldatum</th>
            <th scope="col">Status</th>
            <th scope="col">Uitkomst of actie</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id}>
              <td>{OPVOLGING_NAMEN[o.soort]}</td>
              {metTraject && (
                <td>
                  <Link to={`/trajecten/${o.trajectId}`}>{trajectNaam(o.trajectId)}</Link>
                </td>
              )}
              <td>{alsDatum(o.vervaldatum)}</td>
              <td>
                {OPVOLGING_STATUS_NAMEN[o.status]}
                {o.verlopen && ' '}
                {o.verlopen && (
                  <span className="label label-waarschuwing">
                    <span aria-hidden="true">⚠ </span>verlopen
                  </span>
                )}
              </td>
              <td>
                <Uitkomst o={o} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
