import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { SkillFormulier, SynoniemFormulier } from './skill-formulieren';

/** The skills vocabulary werkgevers matches vacancies and profiles on: beheer extends it without a release. */
export function Skills() {
  const lijst = useLaden((signal) => gegevens(werkgeversApi.GET('/skills', { signal })), []);
  const items = lijst.data?.items;
  return (
    <Pagina titel="Vaardigheden">
      <p>
        Vacatures en profielen mogen elke vaardigheid noemen. Woorden uit deze lijst, en hun synoniemen, worden herkend
        als dezelfde vaardigheid.
      </p>
      <Probleem fout={lijst.fout} />
      {lijst.laden && !items && <Bezig />}
      {!!items?.length && (
        <div className="tabel-schuif">
          <table>
            <caption>Vaardigheden in de lijst ({items.length})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Code</th>
                <th scope="col">Synoniemen</th>
                <th scope="col">Synoniem toevoegen</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.code}>
                  <th scope="row">{s.label}</th>
                  <td>{s.code}</td>
                  <td>{s.synoniemen.join(', ') || '—'}</td>
                  <td>
                    <SynoniemFormulier code={s.code} label={s.label} opgeslagen={lijst.opnieuw} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SkillFormulier opgeslagen={lijst.opnieuw} />
    </Pagina>
  );
}
