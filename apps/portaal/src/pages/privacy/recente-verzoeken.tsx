import { useState } from 'react';
import { Link } from 'react-router';
import { gegevens, intakeApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsTijdstip } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { SOORT_NAMEN } from './privacyverzoeken';
import { ditJaar } from './zoekformulier';

/**
 * The latest erasure and restriction requests of everyone, each opening that person's trail. Loaded only on
 * request: intake audits the read against every person listed, and a mere visit should not add to their trail.
 */
export function RecenteVerzoeken() {
  const [tonen, setTonen] = useState(false);
  return (
    <section aria-labelledby="recent-kop">
      <h2 id="recent-kop">Privacyverzoeken</h2>
      {tonen ? (
        <Lijst />
      ) : (
        <button type="button" className="knop knop-licht" onClick={() => setTonen(true)}>
          Recente verzoeken tonen
        </button>
      )}
    </section>
  );
}

function Lijst() {
  const { data, fout, laden } = useLaden(
    (signal) => gegevens(intakeApi.GET('/privacyverzoeken', { params: { query: { paginagrootte: 20 } }, signal })),
    [],
  );
  const periode = new URLSearchParams(ditJaar());
  if (laden && !data) return <Bezig />;
  if (fout) return <Probleem fout={fout} />;
  if (!data?.items.length) return <p>Er zijn nog geen verzoeken tot wissen of beperking.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Recente privacyverzoeken (nieuwste eerst)</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Soort</th>
            <th scope="col">Door</th>
            <th scope="col">Inwoner</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((v) => (
            <tr key={v.id}>
              <td>{alsTijdstip(v.ingediendOp)}</td>
              <td>{SOORT_NAMEN[v.soort] ?? v.soort}</td>
              <td>{v.ingediendDoor}</td>
              <td>
                <Link to={`/privacy/inzage?inwonerId=${v.inwonerId}&${periode.toString()}`}>
                  Inzage {v.inwonerId.slice(0, 8)}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
