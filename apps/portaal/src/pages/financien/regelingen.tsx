import { alsDatum } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { RegelingFormulier } from './regeling-formulier';
import { useRegelingen } from './use-regelingen';

const procent = (n: number | undefined) => (n === undefined ? '—' : `${n.toLocaleString('nl-NL')}%`);

/** The subsidy schemes finance claims under, and a form to add one. */
export function Regelingen() {
  const regelingen = useRegelingen();
  return (
    <Pagina titel="Regelingen">
      <Probleem fout={regelingen.fout} />
      {regelingen.laden && !regelingen.data && <Bezig />}
      {regelingen.data?.length === 0 && <p>Er zijn nog geen regelingen. Voeg hieronder de eerste toe.</p>}
      {!!regelingen.data?.length && (
        <div className="tabel-schuif">
          <table>
            <caption>Alle regelingen</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Naam</th>
                <th scope="col">Looptijd</th>
                <th scope="col">Gemeenten</th>
                <th scope="col" className="getal">
                  Cofinanciering
                </th>
                <th scope="col" className="getal">
                  Flat rate
                </th>
              </tr>
            </thead>
            <tbody>
              {regelingen.data.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.code}</th>
                  <td>{r.naam}</td>
                  <td>
                    {alsDatum(r.startdatum)} t/m {alsDatum(r.einddatum)}
                  </td>
                  <td>{r.gemeentecodes.join(', ')}</td>
                  <td className="getal">{procent(r.cofinancieringspercentage)}</td>
                  <td className="getal">{procent(r.flatRatePercentage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RegelingFormulier opgeslagen={regelingen.opnieuw} />
    </Pagina>
  );
}
