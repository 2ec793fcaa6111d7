import { Link } from 'react-router';
import { alsDatum, alsGetal } from '../../components/opmaak';
import type { Werklijst } from './api';
import { STAP_NAMEN, trajectNaam } from './namen';
import { Bladeren } from './bladeren';

/** One page of the worklist, with the count in a status line and buttons to the previous and next page. */
export function TrajectenTabel({
  lijst,
  titel,
  naarPagina,
}: {
  lijst: Werklijst;
  titel: string;
  naarPagina: (p: number) => void;
}) {
  const paginas = Math.max(1, Math.ceil(lijst.totaal / lijst.paginagrootte));
  return (
    <>
      <p role="status">
        {lijst.totaal === 1 ? '1 traject gevonden' : `${alsGetal(lijst.totaal)} trajecten gevonden`}
        {paginas > 1 && `, pagina ${lijst.pagina} van ${paginas}`}.
      </p>
      {lijst.items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>{titel}</caption>
            <thead>
              <tr>
                <th scope="col">Traject</th>
                <th scope="col">Gemeente</th>
                <th scope="col">Huidige stap</th>
                <th scope="col">In deze stap sinds</th>
                <th scope="col">Laatst gewijzigd</th>
                <th scope="col" className="getal">
                  Open opvolgingen
                </th>
              </tr>
            </thead>
            <tbody>
              {lijst.items.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    <Link to={`/trajecten/${t.id}`}>{trajectNaam(t.id)}</Link>
                  </th>
                  <td>{t.gemeentecode}</td>
                  <td>{STAP_NAMEN[t.huidigeStap]}</td>
                  <td>{alsDatum(t.stappen.at(-1)?.van)}</td>
                  <td>{alsDatum(t.laatsteWijzigingOp)}</td>
                  <td className="getal">{t.openOpvolgingen ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Bladeren lijst={lijst} label="Pagina's van de werklijst" naarPagina={naarPagina} />
    </>
  );
}
