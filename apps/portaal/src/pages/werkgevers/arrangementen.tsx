import { Link } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { bezetting, periode, soortNaam } from './arrangement-opmaak';

/** The region's arrangements with employers and schools, each with its places and how many are taken. */
export function Arrangementen() {
  const lijst = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/arrangementen', { params: { query: { paginagrootte: 200 } }, signal })),
    [],
  );
  const data = lijst.data;
  return (
    <Pagina titel="Arrangementen">
      <Probleem fout={lijst.fout} />
      {lijst.laden && <Bezig />}
      {data && data.items.length === 0 && <p>Er zijn nog geen arrangementen.</p>}
      {data && data.items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>Arrangementen, de laatst gestarte eerst ({data.totaal})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Soort</th>
                <th scope="col">Onderwijsinstelling</th>
                <th scope="col">Looptijd</th>
                <th scope="col">Bezetting</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/arrangementen/${a.id}`}>{a.naam}</Link>
                  </th>
                  <td>{soortNaam(a.soort)}</td>
                  <td>{a.onderwijsinstelling ?? '—'}</td>
                  <td>{periode(a)}</td>
                  <td>{bezetting(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Pagina>
  );
}
