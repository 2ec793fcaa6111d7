import { Link, useLocation } from 'react-router';
import { gegevens, intakeApi } from '../../../api/client';
import { useLaden } from '../../../api/use-laden';
import { alsDatum } from '../../../components/opmaak';
import { Bezig, Pagina } from '../../../components/pagina';
import { Gelukt, Probleem } from '../../../components/probleem';

/**
 * /dubbelen: pairs of records intake found alike (same surname, birth date and postcode). The list names no one:
 * a pair's data is read (and audited) only when front office opens it to decide.
 */
export function DubbelenLijst() {
  const locatie = useLocation();
  const melding = (locatie.state as { melding?: string } | null)?.melding;
  const { data, fout, laden } = useLaden(
    (signal) => gegevens(intakeApi.GET('/mogelijke-dubbelen', { params: { query: { paginagrootte: 200 } }, signal })),
    // Again on every arrival, also from the menu while already here: new pairs may have been found meanwhile.
    [locatie.key],
  );
  return (
    <Pagina titel="Mogelijke dubbelen">
      <p className="toelichting">
        Deze inschrijvingen lijken op elkaar. Open een paar om de gegevens naast elkaar te zien en samen te voegen, of
        om vast te leggen dat het verschillende personen zijn.
      </p>
      {melding && <Gelukt>{melding}</Gelukt>}
      {laden && !data && <Bezig />}
      <Probleem fout={fout} />
      {data && data.items.length === 0 && <p>Er zijn geen mogelijke dubbelen om te beoordelen.</p>}
      {data && data.items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>Mogelijke dubbelen ({data.totaal})</caption>
            <thead>
              <tr>
                <th scope="col">Gevonden op</th>
                <th scope="col">Paar</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((d, i) => (
                <tr key={d.id}>
                  <td>{alsDatum(d.gevondenOp)}</td>
                  <td>
                    <Link to={`/dubbelen/${d.inwonerId}/${d.kandidaatId}`}>Paar {i + 1} beoordelen</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Pagina>
  );
}
