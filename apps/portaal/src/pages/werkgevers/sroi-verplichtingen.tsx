import { alsDatum, centenAlsEuro } from '../../components/opmaak';
import type { SroiVerplichting } from './typen';

const procent = (p: number) => `${p.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%`;

/** The SROI obligations with how far each is: the bar for the eye, the text for everyone. */
export function SroiVerplichtingen({ verplichtingen }: { verplichtingen: SroiVerplichting[] }) {
  if (verplichtingen.length === 0) return <p>Er zijn nog geen SROI-verplichtingen.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>SROI-verplichtingen en hun voortgang ({verplichtingen.length})</caption>
        <thead>
          <tr>
            <th scope="col">Opdracht</th>
            <th scope="col">Opdrachtnemer</th>
            <th scope="col">Periode</th>
            <th scope="col" className="getal">
              Doel
            </th>
            <th scope="col" className="getal">
              Gerealiseerd tot vandaag
            </th>
            <th scope="col" className="getal">
              Verwacht aan het eind
            </th>
            <th scope="col">Voortgang</th>
          </tr>
        </thead>
        <tbody>
          {verplichtingen.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.opdracht}</th>
              <td>{s.werkgeverNaam}</td>
              <td>
                {alsDatum(s.startdatum)} tot en met {alsDatum(s.einddatum)}
              </td>
              <td className="getal">
                {centenAlsEuro(s.voortgang.doelCenten)}
                <span className="hint">
                  {' '}
                  ({procent(s.percentage)} van {centenAlsEuro(s.opdrachtwaardeCenten)})
                </span>
              </td>
              <td className="getal">{centenAlsEuro(s.voortgang.gerealiseerdCenten)}</td>
              <td className="getal">{centenAlsEuro(s.voortgang.verwachtCenten)}</td>
              <td className="sroi-voortgang">
                <progress
                  max={100}
                  value={Math.min(100, s.voortgang.percentageGerealiseerd)}
                  aria-label={`Voortgang ${s.opdracht}`}
                >
                  {procent(s.voortgang.percentageGerealiseerd)}
                </progress>
                <span>
                  {procent(s.voortgang.percentageGerealiseerd)} behaald met {s.voortgang.aantalPlaatsingen}{' '}
                  {s.voortgang.aantalPlaatsingen === 1 ? 'plaatsing' : 'plaatsingen'}
                </span>
                {!!s.voortgang.doelgroepOnbevestigd?.aantalPlaatsingen && (
                  // Unconfirmed placements count at the lowest value: confirming their doelgroep can only raise this.
                  <span className="label label-waarschuwing">
                    {s.voortgang.doelgroepOnbevestigd.aantalPlaatsingen} doelgroep onbevestigd (
                    {centenAlsEuro(s.voortgang.doelgroepOnbevestigd.gerealiseerdCenten)})
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
