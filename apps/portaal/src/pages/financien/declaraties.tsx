import { useState } from 'react';
import { Link } from 'react-router';
import { gegevens, subsidiesApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, centenAlsEuro } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { Bladeren } from './bladeren';
import { NieuweDeclaratie } from './nieuwe-declaratie';
import { STATUS, statusVan } from './teksten';
import type { DeclaratieStatus } from './typen';
import { useRegelingen } from './use-regelingen';

const STATUS_OPTIES = [
  { waarde: '', tekst: 'Alle statussen' },
  ...Object.entries(STATUS).map(([waarde, s]) => ({ waarde, tekst: s.tekst })),
];
const bedrag = (centen: number | null | undefined) => (centen == null ? '—' : centenAlsEuro(centen));

/** The claims compiled so far, newest first, and the form to compile a new one. */
export function Declaraties() {
  const regelingen = useRegelingen();
  const [status, setStatus] = useState('');
  const [pagina, setPagina] = useState(1);
  const lijst = useLaden(
    (signal) =>
      gegevens(
        subsidiesApi.GET('/declaraties', {
          params: { query: { pagina, ...(status ? { status: status as DeclaratieStatus } : {}) } },
          signal,
        }),
      ),
    [status, pagina],
  );
  return (
    <Pagina titel="Declaraties">
      <Probleem fout={lijst.fout ?? regelingen.fout} />
      <div className="filter">
        <Keuzelijst
          label="Status"
          value={status}
          opties={STATUS_OPTIES}
          onChange={(e) => {
            setStatus(e.target.value);
            setPagina(1);
          }}
        />
      </div>
      {lijst.laden && !lijst.data && <Bezig />}
      {lijst.data?.totaal === 0 && <p>Er zijn nog geen declaraties{status ? ' met deze status' : ''}.</p>}
      {!!lijst.data?.totaal && (
        <div className="tabel-schuif">
          <table>
            <caption>Declaraties ({alsGetal(lijst.data.totaal)})</caption>
            <thead>
              <tr>
                <th scope="col">Regeling en periode</th>
                <th scope="col">Status</th>
                <th scope="col" className="getal">
                  Subsidiabel
                </th>
                <th scope="col" className="getal">
                  Bijdrage
                </th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/financien/declaraties/${d.id}`}>
                      {d.regelingCode}: {alsDatum(d.periodeVan)} t/m {alsDatum(d.periodeTot)}
                    </Link>
                  </th>
                  <td>
                    <span className={`label ${statusVan(d.status).klasse}`}>{statusVan(d.status).tekst}</span>
                  </td>
                  <td className="getal">{bedrag(d.subsidiabelCenten)}</td>
                  <td className="getal">{bedrag(d.bijdrageCenten)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lijst.data && <Bladeren label="Pagina's met declaraties" {...lijst.data} naar={setPagina} />}
      {regelingen.data && <NieuweDeclaratie regelingen={regelingen.data} />}
    </Pagina>
  );
}
