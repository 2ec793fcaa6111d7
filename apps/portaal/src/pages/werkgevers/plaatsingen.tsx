import { Link, useSearchParams } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { useKeuzelijsten } from './keuzelijsten';
import { CONTRACTVORM_NAMEN, jaNee } from './opmaak';
import { DoelgroepBevestigen, MeerUren } from './plaatsing-acties';
import { PlaatsingBeeindigen } from './plaatsing-beeindigen';
import { sroi, status, uren } from './plaatsing-cellen';

/** All placements (or those of one employer, from ?werkgeverId=), newest first, a page at a time. */
export function Plaatsingen() {
  const [params, setParams] = useSearchParams();
  const werkgeverId = params.get('werkgeverId') ?? '';
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const lijst = useLaden(
    (signal) =>
      gegevens(
        werkgeversApi.GET('/plaatsingen', {
          params: { query: { ...(werkgeverId ? { werkgeverId } : {}), pagina } },
          signal,
        }),
      ),
    [werkgeverId, pagina],
  );
  const keuzelijsten = useKeuzelijsten();
  const naarPagina = (n: number) => setParams({ ...(werkgeverId ? { werkgeverId } : {}), pagina: String(n) });
  const data = lijst.data;
  const paginas = data ? Math.max(1, Math.ceil(data.totaal / data.paginagrootte)) : 1;
  return (
    <Pagina titel="Plaatsingen">
      {werkgeverId && (
        <p>
          U ziet de plaatsingen bij één werkgever. <Link to="/plaatsingen">Toon alle plaatsingen</Link>
        </p>
      )}
      <Probleem fout={lijst.fout} />
      {lijst.laden && <Bezig />}
      {data && data.items.length === 0 && <p>Er zijn nog geen plaatsingen.</p>}
      {data && data.items.length > 0 && (
        <>
          <div className="tabel-schuif">
            <table>
              <caption>
                Plaatsingen, de nieuwste eerst ({data.totaal}
                {paginas > 1 && `, pagina ${data.pagina} van ${paginas}`})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Werkgever</th>
                  <th scope="col">Vacature</th>
                  <th scope="col">Startdatum</th>
                  <th scope="col" className="getal">
                    Uren per week
                  </th>
                  <th scope="col">Contractvorm</th>
                  <th scope="col">Afspraakbaan</th>
                  <th scope="col">SROI</th>
                  <th scope="col">Status</th>
                  <th scope="col">Acties</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/werkgevers/${p.werkgeverId}`}>{p.werkgeverNaam}</Link>
                    </th>
                    <td>{p.vacatureTitel ?? '—'}</td>
                    <td>{alsDatum(p.startdatum)}</td>
                    <td className="getal">{uren(p)}</td>
                    <td>{CONTRACTVORM_NAMEN[p.contractvorm] ?? p.contractvorm}</td>
                    <td>{jaNee(p.afspraakbaan)}</td>
                    <td>{sroi(p, keuzelijsten.data?.sroiDoelgroepen)}</td>
                    <td>{status(p)}</td>
                    <td>
                      {p.sroiVerplichtingId && p.sroiDoelgroepStatus !== 'bevestigd' && (
                        <DoelgroepBevestigen
                          plaatsing={p}
                          doelgroepen={keuzelijsten.data?.sroiDoelgroepen ?? []}
                          klaar={lijst.opnieuw}
                        />
                      )}
                      {!p.einddatum && <MeerUren plaatsing={p} klaar={lijst.opnieuw} />}
                      {!p.einddatum && <PlaatsingBeeindigen plaatsing={p} klaar={lijst.opnieuw} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {paginas > 1 && (
            <nav aria-label="Pagina's" className="acties">
              <button
                type="button"
                className="knop knop-licht"
                disabled={pagina <= 1}
                onClick={() => naarPagina(pagina - 1)}
              >
                Vorige pagina
              </button>
              <button
                type="button"
                className="knop knop-licht"
                disabled={pagina >= paginas}
                onClick={() => naarPagina(pagina + 1)}
              >
                Volgende pagina
              </button>
            </nav>
          )}
        </>
      )}
    </Pagina>
  );
}
