import { Link, useParams } from 'react-router';
import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { useKeuzelijsten } from './keuzelijsten';
import { NieuweContactpersoon } from './nieuwe-contactpersoon';
import { NieuweVacature } from './nieuwe-vacature';
import { jaNee } from './opmaak';
import type { Contactpersoon } from './typen';
import { Vacatures } from './vacatures';

/** One employer: its details, contact persons and vacancies, and the form to add a vacancy. */
export function Werkgever() {
  const { id = '' } = useParams();
  const werkgever = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/werkgevers/{id}', { params: { path: { id } }, signal })),
    [id],
  );
  const keuzelijsten = useKeuzelijsten();
  const w = werkgever.data;
  if (!w) {
    return (
      <Pagina titel="Werkgever">
        <Probleem fout={werkgever.fout} />
        {werkgever.laden && <Bezig />}
      </Pagina>
    );
  }
  return (
    <Pagina titel={w.naam} acties={<Link to={`/plaatsingen?werkgeverId=${w.id}`}>Plaatsingen bij deze werkgever</Link>}>
      <dl className="werkgever-gegevens">
        <dt>KvK-nummer</dt>
        <dd>{w.kvkNummer}</dd>
        <dt>Gemeentecode</dt>
        <dd>{w.gemeentecode}</dd>
        <dt>Sector (SBI)</dt>
        <dd>{w.sbiCode ?? 'Niet bekend'}</dd>
        <dt>Strategisch partner</dt>
        <dd>{jaNee(w.strategischPartner)}</dd>
      </dl>
      <Contactpersonen personen={w.contactpersonen} />
      <NieuweContactpersoon werkgeverId={w.id} toegevoegd={werkgever.opnieuw} />
      <Probleem fout={keuzelijsten.fout} />
      <Vacatures vacatures={w.vacatures} skills={keuzelijsten.data?.skills} gewijzigd={werkgever.opnieuw} />
      {keuzelijsten.data && (
        <NieuweVacature werkgeverId={w.id} skills={keuzelijsten.data.skills} toegevoegd={werkgever.opnieuw} />
      )}
    </Pagina>
  );
}

function Contactpersonen({ personen }: { personen: Contactpersoon[] }) {
  return (
    <section aria-labelledby="contactpersonen">
      <h2 id="contactpersonen">Contactpersonen</h2>
      {personen.length === 0 ? (
        <p>Er zijn nog geen contactpersonen vastgelegd.</p>
      ) : (
        <ul>
          {personen.map((c) => (
            <li key={c.id}>
              <strong>{c.naam}</strong>
              {c.functie && `, ${c.functie}`}
              {c.email && (
                <>
                  {' · '}
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </>
              )}
              {c.telefoon && ` · ${c.telefoon}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
