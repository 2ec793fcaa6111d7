import { alsGetal } from '../../components/opmaak';
import { INDICATOR_GROEPEN, INDICATOR_WAARDEN } from './teksten';
import type { Indicatoren } from './typen';

// The service stores the counts as jsonb, which does not keep key order; show them in the order of the labels.
const VOLGORDE = Object.keys(INDICATOR_WAARDEN);
const opVolgorde = (telling: Record<string, number> = {}) => Object.entries(telling).sort(([a], [b]) => VOLGORDE.indexOf(a) - VOLGORDE.indexOf(b));

/** The ESF+ participant indicators of a claim: one small table per group, each participant counted once. */
export function IndicatorenOverzicht({ indicatoren }: { indicatoren: Indicatoren }) {
  return (
    <section aria-labelledby="indicatoren">
      <h2 id="indicatoren">Indicatoren</h2>
      <p>
        Deelnemers: <strong>{alsGetal(indicatoren.deelnemers)}</strong>, van wie {alsGetal(indicatoren.metArbeidsbeperking)} met een arbeidsbeperking.
      </p>
      <div className="kaarten">
        {Object.entries(INDICATOR_GROEPEN).map(([groep, titel]) => (
          <table key={groep} className="kaart">
            <caption>{titel}</caption>
            <tbody>
              {opVolgorde((indicatoren as unknown as Record<string, Record<string, number>>)[groep]).map(([waarde, aantal]) => (
                <tr key={waarde}>
                  <th scope="row">{INDICATOR_WAARDEN[waarde] ?? waarde}</th>
                  <td className="getal">{alsGetal(aantal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
