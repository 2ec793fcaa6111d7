import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { tekstVan, useKeuzelijsten } from './keuzelijsten';
import { PlaatsingFormulier } from './plaatsing-formulier';
import type { Kandidaat, Keuze, VacatureMetWerkgever } from './typen';

/** Candidates for a vacancy, as the consent rules let the employer team see them, and placing one. */
export function Kandidaten() {
  const { id = '' } = useParams();
  const vacature = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/vacatures/{id}', { params: { path: { id } }, signal })),
    [id],
  );
  const kandidaten = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/vacatures/{id}/kandidaten', { params: { path: { id } }, signal })),
    [id],
  );
  const keuzelijsten = useKeuzelijsten();
  const [gekozen, setGekozen] = useState<Kandidaat>();
  const v = vacature.data;
  return (
    <Pagina titel={v ? `Kandidaten voor ${v.titel}` : 'Kandidaten'}>
      {v && (
        <p>
          Vacature bij <Link to={`/werkgevers/${v.werkgeverId}`}>{v.werkgeverNaam}</Link>,{' '}
          {v.urenPerWeek.toLocaleString('nl-NL')} uur per week.
        </p>
      )}
      <div className="melding melding-info">
        <p className="melding-titel">Wie ziet u hier?</p>
        <p>
          U ziet mensen die klaar zijn voor werk (de stap Matchen). Het profiel met vaardigheden ziet u alleen van
          inwoners die toestemming hebben gegeven om hun gegevens met werkgevers te delen, en van wie de consulent het
          profiel heeft vrijgegeven. Van anderen ziet u alleen een code. Alleen kandidaten met een zichtbaar profiel
          kunt u plaatsen.
        </p>
      </div>
      <Probleem fout={vacature.fout ?? kandidaten.fout} />
      {(vacature.laden || kandidaten.laden) && <Bezig />}
      {kandidaten.data && (
        <KandidatenTabel kandidaten={kandidaten.data.items} skills={keuzelijsten.data?.skills} kies={setGekozen} />
      )}
      {v && gekozen?.profiel && (
        <Plaatsen
          key={gekozen.kandidaatcode}
          vacature={v}
          kandidaatcode={gekozen.kandidaatcode}
          trajectId={gekozen.profiel.trajectId}
        />
      )}
    </Pagina>
  );
}

function KandidatenTabel({
  kandidaten,
  skills,
  kies,
}: {
  kandidaten: Kandidaat[];
  skills: Keuze[] | undefined;
  kies: (k: Kandidaat) => void;
}) {
  if (kandidaten.length === 0) return <p>Er zijn op dit moment geen kandidaten voor deze vacature.</p>;
  const namen = (lijst: string[]) => lijst.map((s) => tekstVan(skills, s)).join(', ') || '—';
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Kandidaten, de best passende eerst ({kandidaten.length})</caption>
        <thead>
          <tr>
            <th scope="col">Kandidaat</th>
            <th scope="col">Past bij de vacature</th>
            <th scope="col">Vaardigheden van de kandidaat</th>
            <th scope="col">Actie</th>
          </tr>
        </thead>
        <tbody>
          {kandidaten.map((k) => (
            <tr key={k.kandidaatcode}>
              <th scope="row">{k.kandidaatcode}</th>
              <td>
                {Math.round(k.dekking * 100)}% van de gevraagde vaardigheden
                {k.overlap.length > 0 && `: ${namen(k.overlap)}`}
              </td>
              <td>
                {k.profiel ? namen(k.profiel.skills) : <span className="label">Geen toestemming om te delen</span>}
              </td>
              <td>
                {k.profiel && (
                  <button type="button" className="knop knop-licht" onClick={() => kies(k)}>
                    Plaatsen<span className="visueel-verborgen"> {k.kandidaatcode}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The placement form for the chosen candidate; its heading takes focus so keyboard users land on it. */
function Plaatsen({
  vacature,
  kandidaatcode,
  trajectId,
}: {
  vacature: VacatureMetWerkgever;
  kandidaatcode: string;
  trajectId: string;
}) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <section aria-labelledby="plaatsen">
      <h2 id="plaatsen" ref={kop} tabIndex={-1}>
        Kandidaat {kandidaatcode} plaatsen
      </h2>
      <PlaatsingFormulier vacature={vacature} trajectId={trajectId} />
    </section>
  );
}
