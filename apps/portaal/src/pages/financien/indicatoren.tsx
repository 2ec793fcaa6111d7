import { alsDatum, alsGetal } from '../../components/opmaak';
import { DUURZAAM_GEPLAATST, INDICATOR_GROEPEN, INDICATOR_WAARDEN, OUDE_INDICATOR_WAARDEN } from './teksten';
import type { Indicatoren } from './typen';

// The service stores the counts as jsonb, which does not keep key order; show them in the order of the labels.
const VOLGORDE = Object.keys(INDICATOR_WAARDEN);
const opVolgorde = (telling: Record<string, number> = {}) =>
  Object.entries(telling).sort(([a], [b]) => VOLGORDE.indexOf(a) - VOLGORDE.indexOf(b));

function Groep({
  titel,
  telling,
  labels,
}: {
  titel: string;
  telling: Record<string, number> | undefined;
  labels: Record<string, string>;
}) {
  if (!telling) return null;
  return (
    <table className="kaart">
      <caption>{titel}</caption>
      <tbody>
        {opVolgorde(telling).map(([waarde, aantal]) => (
          <tr key={waarde}>
            <th scope="row">{labels[waarde] ?? waarde}</th>
            <td className="getal">{alsGetal(aantal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The ESF+ participant indicators of a claim: one small table per group, each participant counted once. Claims
 * compiled before issue 15 have no `onvolledig` and keep their old meanings, so they get the old labels.
 */
export function IndicatorenOverzicht({ indicatoren }: { indicatoren: Indicatoren }) {
  const nieuw = indicatoren.onvolledig !== undefined;
  const labels = nieuw ? INDICATOR_WAARDEN : { ...INDICATOR_WAARDEN, ...OUDE_INDICATOR_WAARDEN };
  const groepen = indicatoren as unknown as Record<string, Record<string, number> | undefined>;
  return (
    <section aria-labelledby="indicatoren">
      <h2 id="indicatoren">Indicatoren</h2>
      <p>
        Deelnemers: <strong>{alsGetal(indicatoren.deelnemers)}</strong>, van wie{' '}
        {alsGetal(indicatoren.metArbeidsbeperking)} met een arbeidsbeperking.
        {indicatoren.peildatum && ` Resultaten op peildatum ${alsDatum(indicatoren.peildatum)}.`}
      </p>
      <div className="kaarten">
        {Object.entries(INDICATOR_GROEPEN).map(([groep, titel]) => (
          <Groep key={groep} titel={titel} telling={groepen[groep]} labels={labels} />
        ))}
        <Groep
          titel="Onvolledig: gegevens ontbreken (alleen voor deze indicator weggelaten)"
          telling={indicatoren.onvolledig}
          labels={labels}
        />
      </div>
      {indicatoren.duurzaamGeplaatst !== undefined && (
        <p>
          {DUURZAAM_GEPLAATST}: <strong>{alsGetal(indicatoren.duurzaamGeplaatst)}</strong>
        </p>
      )}
    </section>
  );
}
