import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { NieuweWerkgever } from './nieuwe-werkgever';
import { jaNee } from './opmaak';
import type { Werkgever } from './typen';

/** All employers, searchable by name or KvK number, with the form to add one. */
export function WerkgeversLijst() {
  const [invoer, setInvoer] = useState('');
  const [zoek, setZoek] = useState('');
  const lijst = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/werkgevers', { params: { query: zoek ? { zoek } : {} }, signal })),
    [zoek],
  );
  const zoeken = (e: FormEvent) => {
    e.preventDefault();
    setZoek(invoer.trim());
  };
  return (
    <Pagina titel="Werkgevers">
      <form role="search" className="formulier smal" onSubmit={zoeken}>
        <Tekstveld
          label="Zoek op naam of KvK-nummer"
          type="search"
          value={invoer}
          onChange={(e) => setInvoer(e.target.value)}
        />
        <div>
          <button type="submit" className="knop">
            Zoeken
          </button>
        </div>
      </form>
      <Probleem fout={lijst.fout} />
      {lijst.laden && <Bezig />}
      {lijst.data && <WerkgeversTabel werkgevers={lijst.data.items} zoek={zoek} />}
      <NieuweWerkgever toegevoegd={lijst.opnieuw} />
    </Pagina>
  );
}

function WerkgeversTabel({ werkgevers, zoek }: { werkgevers: Werkgever[]; zoek: string }) {
  if (werkgevers.length === 0)
    return <p>{zoek ? `Geen werkgevers gevonden voor "${zoek}".` : 'Er zijn nog geen werkgevers.'}</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>
          {zoek ? `Werkgevers met "${zoek}" (${werkgevers.length})` : `Alle werkgevers (${werkgevers.length})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">KvK-nummer</th>
            <th scope="col">Gemeentecode</th>
            <th scope="col">Sector (SBI)</th>
            <th scope="col">Strategisch partner</th>
          </tr>
        </thead>
        <tbody>
          {werkgevers.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <Link to={`/werkgevers/${w.id}`}>{w.naam}</Link>
              </th>
              <td>{w.kvkNummer}</td>
              <td>{w.gemeentecode}</td>
              <td>{w.sbiCode ?? '—'}</td>
              <td>{jaNee(w.strategischPartner)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
