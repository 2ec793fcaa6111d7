import { useState } from 'react';
import { gegevens, subsidiesApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, centenAlsEuro } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { Bladeren } from './bladeren';
import { KostenregelFormulier } from './kostenregel-formulier';
import { KostenregelImport } from './kostenregel-import';
import { soortTekst } from './teksten';
import type { KostenregelsPagina } from './typen';
import { regelingOpties, useRegelingen } from './use-regelingen';

/** Cost lines per scheme, with a form for one line and a file import for many. */
export function Kostenregels() {
  const regelingen = useRegelingen();
  const [regelingCode, setRegelingCode] = useState('');
  const [pagina, setPagina] = useState(1);
  const lijst = useLaden(
    (signal) =>
      gegevens(
        subsidiesApi.GET('/kostenregels', {
          params: { query: { pagina, ...(regelingCode ? { regelingCode } : {}) } },
          signal,
        }),
      ),
    [regelingCode, pagina],
  );
  return (
    <Pagina titel="Kostenregels">
      <Probleem fout={regelingen.fout ?? lijst.fout} />
      <div className="filter">
        <Keuzelijst
          label="Toon kostenregels van"
          value={regelingCode}
          onChange={(e) => {
            setRegelingCode(e.target.value);
            setPagina(1);
          }}
          opties={[{ waarde: '', tekst: 'Alle regelingen' }, ...regelingOpties(regelingen.data)]}
        />
      </div>
      {lijst.laden && !lijst.data && <Bezig />}
      {lijst.data && <KostenregelTabel lijst={lijst.data} />}
      {lijst.data && <Bladeren label="Pagina's met kostenregels" {...lijst.data} naar={setPagina} />}
      {regelingen.data && (
        <KostenregelFormulier regelingen={regelingen.data} regelingCode={regelingCode} opgeslagen={lijst.opnieuw} />
      )}
      <KostenregelImport geimporteerd={lijst.opnieuw} />
    </Pagina>
  );
}

function KostenregelTabel({ lijst }: { lijst: KostenregelsPagina }) {
  if (lijst.totaal === 0) return <p>Er zijn nog geen kostenregels. Voeg er een toe of importeer een bestand.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Kostenregels ({alsGetal(lijst.totaal)})</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Regeling</th>
            <th scope="col">Soort</th>
            <th scope="col">Omschrijving</th>
            <th scope="col">Bewijsstuk</th>
            <th scope="col" className="getal">
              Bedrag
            </th>
            <th scope="col">Gedeclareerd</th>
          </tr>
        </thead>
        <tbody>
          {lijst.items.map((k) => (
            <tr key={k.id}>
              <td>{alsDatum(k.datum)}</td>
              <td>{k.regelingCode}</td>
              <td>{soortTekst(k.soort)}</td>
              <td>{k.omschrijving}</td>
              <td>{k.bewijsstuk ?? <span className="label label-waarschuwing">Ontbreekt</span>}</td>
              <td className="getal">{centenAlsEuro(k.bedragCenten)}</td>
              <td>{k.ingediendInDeclaratie ? 'Ja' : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
