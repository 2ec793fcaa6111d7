import { alsGetal } from '../../components/opmaak';
import { ACTIVITEIT_NAMEN } from '../consulent/namen';
import type { Monitor } from './monitor-api';
import { DOELGROEP_NAMEN } from './namen';

const getal = (n: number) => <td className="getal">{alsGetal(n)}</td>;

/** The figures per doelgroep: one person can be in more than one, so the rows do not add up to the total. */
export function PerDoelgroep({ rijen }: { rijen: NonNullable<Monitor['perDoelgroep']> }) {
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Per doelgroep</caption>
        <thead>
          <tr>
            <th scope="col">Doelgroep</th>
            <th scope="col" className="getal">Stap vooruit</th>
            <th scope="col" className="getal">Gestarte trajecten</th>
            <th scope="col" className="getal">Kansrijk Opleiden</th>
            <th scope="col" className="getal">Plaatsingen</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.doelgroep}>
              <th scope="row">{DOELGROEP_NAMEN[r.doelgroep] ?? r.doelgroep}</th>
              {getal(r.inwonersEenStapVooruit)}
              {getal(r.gestarteTrajecten)}
              {getal(r.kansrijkOpleiden)}
              {getal(r.plaatsingen)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Iemand kan in meer doelgroepen vallen; de doelgroepen tellen daarom niet op tot het totaal.</p>
    </div>
  );
}

/** Per project (activity soort): distinct persons who started one in the period and who completed one behaald. */
export function PerProject({ rijen }: { rijen: NonNullable<Monitor['perProject']> }) {
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Per project</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col" className="getal">Inwoners gestart</th>
            <th scope="col" className="getal">Inwoners behaald</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.soort}>
              <th scope="row">{ACTIVITEIT_NAMEN[r.soort as keyof typeof ACTIVITEIT_NAMEN] ?? r.soort}</th>
              {getal(r.personenGestart)}
              {getal(r.personenBehaald)}
            </tr>
          ))}
        </tbody>
      </table>
      {rijen.length === 0 && <p>In deze periode begon of behaalde niemand een project.</p>}
    </div>
  );
}
