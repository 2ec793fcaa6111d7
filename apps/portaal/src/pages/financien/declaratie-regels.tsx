import { useState } from 'react';
import { gegevens, subsidiesApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, centenAlsEuro } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Bladeren } from './bladeren';
import { redenTekst, soortTekst } from './teksten';

/** The included or the excluded lines of a compiled claim, a page at a time; excluded lines say why. */
export function DeclaratieRegels({ id, opgenomen }: { id: string; opgenomen: boolean }) {
  const [pagina, setPagina] = useState(1);
  const regels = useLaden(
    (signal) =>
      gegevens(
        subsidiesApi.GET('/declaraties/{id}/regels', {
          params: { path: { id }, query: { opgenomen: String(opgenomen) as 'true' | 'false', pagina } },
          signal,
        }),
      ),
    [id, opgenomen, pagina],
  );
  const titel = opgenomen ? 'Opgenomen kostenregels' : 'Uitgesloten kostenregels';
  if (regels.fout) return <Probleem fout={regels.fout} />;
  if (!regels.data) return <Bezig />;
  return (
    <section aria-labelledby={`regels-${opgenomen}`}>
      <h2 id={`regels-${opgenomen}`}>
        {titel} ({alsGetal(regels.data.totaal)})
      </h2>
      {regels.data.totaal === 0 ? (
        <p>{opgenomen ? 'Er zijn geen kostenregels opgenomen.' : 'Er zijn geen kostenregels uitgesloten.'}</p>
      ) : (
        <div className="tabel-schuif">
          <table>
            <caption className="visueel-verborgen">
              {titel} ({alsGetal(regels.data.totaal)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Soort</th>
                <th scope="col">Omschrijving</th>
                <th scope="col">Bewijsstuk</th>
                <th scope="col" className="getal">
                  Bedrag
                </th>
                {!opgenomen && <th scope="col">Reden</th>}
              </tr>
            </thead>
            <tbody>
              {regels.data.items.map((r) => (
                <tr key={r.kostenregelId}>
                  <td>{alsDatum(r.datum)}</td>
                  <td>{soortTekst(r.soort)}</td>
                  <td>{r.omschrijving}</td>
                  <td>{r.bewijsstuk ?? '—'}</td>
                  <td className="getal">{centenAlsEuro(r.bedragCenten)}</td>
                  {!opgenomen && <td>{redenTekst(r.reden)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Bladeren label={`Pagina's met ${titel.toLowerCase()}`} {...regels.data} naar={setPagina} />
    </section>
  );
}
