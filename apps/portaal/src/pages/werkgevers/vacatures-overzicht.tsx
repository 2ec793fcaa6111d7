import { Link, useSearchParams } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import type { VacatureStatus } from './typen';
import { bezetting, VACATURE_STATUS_KEUZES, VACATURE_STATUS_NAMEN } from './vacature-status';

const GROOTTE = 200;

/** Every vacancy of the region with its status and places filled, newest first, filtered by status (?status=). */
export function VacaturesOverzicht() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as VacatureStatus | '';
  const lijst = useLaden(
    (signal) =>
      gegevens(
        werkgeversApi.GET('/vacatures', {
          params: { query: { ...(status ? { status } : {}), paginagrootte: GROOTTE } },
          signal,
        }),
      ),
    [status],
  );
  const data = lijst.data;
  return (
    <Pagina titel="Vacatures">
      <Keuzelijst
        label="Status"
        opties={[{ waarde: '', tekst: 'Alle statussen' }, ...VACATURE_STATUS_KEUZES]}
        value={status}
        onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
      />
      <Probleem fout={lijst.fout} />
      {lijst.laden && <Bezig />}
      {data && data.items.length === 0 && <p>Er zijn geen vacatures met deze status.</p>}
      {data && data.items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>
              Vacatures, de nieuwste eerst ({data.totaal}
              {data.totaal > data.items.length && `, u ziet de nieuwste ${data.items.length}`})
            </caption>
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Werkgever</th>
                <th scope="col">Status</th>
                <th scope="col">Bezetting</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.titel}</th>
                  <td>
                    <Link to={`/werkgevers/${v.werkgeverId}`}>{v.werkgeverNaam}</Link>
                  </td>
                  <td>{VACATURE_STATUS_NAMEN[v.status]}</td>
                  <td>{bezetting(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Pagina>
  );
}
