import { alsGetal } from '../../components/opmaak';
import { ACTIVITEIT_NAMEN } from '../consulent/namen';
import type { Monitor } from './monitor-api';
import { DOELGROEP_NAMEN } from '@wiz/contracts/browser';

type Doelgroeprij = NonNullable<Monitor['perDoelgroep']>[number];
type Projectrij = NonNullable<Monitor['perProject']>[number];

/** A table of counts: one row per group (its Dutch name as row header), one column per figure. */
function Telling<R>({
  titel,
  groep,
  naam,
  kolommen,
  rijen,
}: {
  titel: string;
  groep: string;
  naam: (r: R) => string;
  kolommen: [string, (r: R) => number][];
  rijen: R[];
}) {
  return (
    <table>
      <caption>{titel}</caption>
      <thead>
        <tr>
          <th scope="col">{groep}</th>
          {kolommen.map(([kop]) => (
            <th key={kop} scope="col" className="getal">
              {kop}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={naam(r)}>
            <th scope="row">{naam(r)}</th>
            {kolommen.map(([kop, waarde]) => (
              <td key={kop} className="getal">
                {alsGetal(waarde(r))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figures per doelgroep: one person can be in more than one, so the rows do not add up to the total. */
export function PerDoelgroep({ rijen }: { rijen: Doelgroeprij[] }) {
  return (
    <div className="tabel-schuif">
      <Telling
        titel="Per doelgroep"
        groep="Doelgroep"
        naam={(r) => (DOELGROEP_NAMEN as Readonly<Record<string, string>>)[r.doelgroep] ?? r.doelgroep}
        kolommen={[
          ['Stap vooruit', (r) => r.inwonersEenStapVooruit],
          ['Gestarte trajecten', (r) => r.gestarteTrajecten],
          ['Kansrijk Opleiden', (r) => r.kansrijkOpleiden],
          ['Plaatsingen', (r) => r.plaatsingen],
        ]}
        rijen={rijen}
      />
      <p className="hint">
        Iemand kan in meer doelgroepen vallen; de doelgroepen tellen daarom niet op tot het totaal.
      </p>
    </div>
  );
}

/** Per project (activity soort): distinct persons who started one in the period and who completed one behaald. */
export function PerProject({ rijen }: { rijen: Projectrij[] }) {
  return (
    <div className="tabel-schuif">
      <Telling
        titel="Per project"
        groep="Project"
        naam={(r) => ACTIVITEIT_NAMEN[r.soort] ?? r.soort}
        kolommen={[
          ['Inwoners gestart', (r) => r.personenGestart],
          ['Inwoners behaald', (r) => r.personenBehaald],
        ]}
        rijen={rijen}
      />
      {rijen.length === 0 && <p>In deze periode begon of behaalde niemand een project.</p>}
    </div>
  );
}
