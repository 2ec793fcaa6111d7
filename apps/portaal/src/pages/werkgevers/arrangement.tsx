import { Link, useParams } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { bezetting, periode, soortNaam } from './arrangement-opmaak';
import { status } from './plaatsing-cellen';
import type { ArrangementDetail } from './typen';

/** One arrangement: its kind, school, period and occupancy, and the placements in it that the user may see. */
export function Arrangement() {
  const { id = '' } = useParams();
  const arrangement = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/arrangementen/{id}', { params: { path: { id } }, signal })),
    [id],
  );
  const a = arrangement.data;
  if (!a) {
    return (
      <Pagina titel="Arrangement">
        <Probleem fout={arrangement.fout} />
        {arrangement.laden && <Bezig />}
      </Pagina>
    );
  }
  return (
    <Pagina titel={a.naam} acties={<Link to="/arrangementen">Alle arrangementen</Link>}>
      <dl className="werkgever-gegevens">
        <dt>Soort</dt>
        <dd>{soortNaam(a.soort)}</dd>
        <dt>Onderwijsinstelling</dt>
        <dd>{a.onderwijsinstelling ?? 'Geen'}</dd>
        <dt>Looptijd</dt>
        <dd>{periode(a)}</dd>
        <dt>Bezetting</dt>
        <dd>{bezetting(a)}</dd>
      </dl>
      <Plaatsingen plaatsingen={a.plaatsingen} />
    </Pagina>
  );
}

function Plaatsingen({ plaatsingen }: { plaatsingen: ArrangementDetail['plaatsingen'] }) {
  return (
    <section aria-labelledby="plaatsingen-in-arrangement">
      <h2 id="plaatsingen-in-arrangement">Plaatsingen</h2>
      {plaatsingen.length === 0 ? (
        <p>U ziet hier geen plaatsingen: er zijn er geen, of ze horen bij een andere organisatie.</p>
      ) : (
        <div className="tabel-schuif">
          <table>
            <caption className="visueel-verborgen">Plaatsingen in dit arrangement die u mag zien</caption>
            <thead>
              <tr>
                <th scope="col">Werkgever</th>
                <th scope="col">Vacature</th>
                <th scope="col">Startdatum</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {plaatsingen.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/werkgevers/${p.werkgeverId}`}>{p.werkgeverNaam}</Link>
                  </th>
                  <td>{p.vacatureTitel ?? '—'}</td>
                  <td>{alsDatum(p.startdatum)}</td>
                  <td>{status(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
