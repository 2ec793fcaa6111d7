import { Link } from 'react-router';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal } from '../../components/opmaak';
import type { Caseload, CaseloadRegel } from './api';
import { STAP_NAMEN, trajectNaam } from './namen';
import { laadPersoon, volledigeNaam } from './persoon';

/** The person's name, read from intake for this row (audited with doel begeleiding). */
function PersoonNaam({ inwonerId }: { inwonerId: string }) {
  const persoon = useLaden((signal) => laadPersoon(inwonerId, signal), [inwonerId]);
  if (persoon.data) return <>{volledigeNaam(persoon.data)}</>;
  if (persoon.fout) return <span className="hint">Naam niet beschikbaar</span>;
  return <span className="hint">Naam laden…</span>;
}

/** The earliest due date; an overdue one says so in words and with a sign, not by colour alone. */
function Vervaldatum({ regel }: { regel: CaseloadRegel }) {
  if (!regel.eersteVervaldatum) return <>—</>;
  if (!regel.verlopen) return <>{alsDatum(regel.eersteVervaldatum)}</>;
  return (
    <span className="label label-waarschuwing">
      <span aria-hidden="true">⚠ </span>Verlopen sinds {alsDatum(regel.eersteVervaldatum)}
    </span>
  );
}

/** A caseload: per traject the person, the step and the follow-ups, in the service's order of urgency. */
export function CaseloadTabel({ lijst, titel }: { lijst: Caseload; titel: string }) {
  return (
    <>
      <p role="status">
        {lijst.totaal === 1 ? '1 traject' : `${alsGetal(lijst.totaal)} trajecten`}
        {lijst.items.some((r) => r.verlopen) &&
          `; op deze pagina ${lijst.items.filter((r) => r.verlopen).length} met een verlopen opvolging`}
        .
      </p>
      {lijst.items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>{titel}, het meest dringende eerst</caption>
            <thead>
              <tr>
                <th scope="col">Inwoner</th>
                <th scope="col">Traject</th>
                <th scope="col">Huidige stap</th>
                <th scope="col" className="getal">
                  Open opvolgingen
                </th>
                <th scope="col">Eerstvolgende vervaldatum</th>
                <th scope="col">Plan</th>
                <th scope="col">Waarneming</th>
              </tr>
            </thead>
            <tbody>
              {lijst.items.map((r) => (
                <tr key={r.id} className={r.verlopen ? 'rij-verlopen' : undefined}>
                  <th scope="row">
                    <PersoonNaam inwonerId={r.inwonerId} />
                  </th>
                  <td>
                    <Link to={`/trajecten/${r.id}`}>{trajectNaam(r.id)}</Link>
                  </td>
                  <td>{STAP_NAMEN[r.huidigeStap]}</td>
                  <td className="getal">{r.openOpvolgingen}</td>
                  <td>
                    <Vervaldatum regel={r} />
                  </td>
                  <td>
                    {r.planVoortgang?.totaal
                      ? `${r.planVoortgang.behaald} van ${r.planVoortgang.totaal} doelen behaald`
                      : '—'}
                  </td>
                  <td>{r.waargenomenVoor ? `Waarneming voor ${r.waargenomenVoor}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
