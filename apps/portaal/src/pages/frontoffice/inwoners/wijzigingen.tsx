import { gegevens, intakeApi } from '../../../api/client';
import { useLaden } from '../../../api/use-laden';
import { alsTijdstip } from '../../../components/opmaak';
import { Bezig } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { organisatieNaam } from '../namen';

const VELD_NAMEN: Record<string, string> = {
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  gemeentecode: 'Gemeentecode',
  email: 'E-mailadres',
  telefoon: 'Telefoonnummer',
};

/**
 * The history of corrections, latest first. Intake shows the old value only to beheer and the organisation that
 * made the change; to others it says "niet zichtbaar" rather than an empty cell that looks like "was empty".
 */
export function Wijzigingen({ inwonerId, versie }: { inwonerId: string; versie: number }) {
  const { data, fout, laden } = useLaden(
    (signal) =>
      gegevens(intakeApi.GET('/inwoners/{inwonerId}/wijzigingen', { params: { path: { inwonerId } }, signal })),
    [inwonerId, versie],
  );
  const items = [...(data?.items ?? [])].sort((a, b) => b.versie - a.versie);
  return (
    <section aria-labelledby="wijzigingen-kop">
      <h2 id="wijzigingen-kop">Wijzigingen</h2>
      {laden && !data && <Bezig />}
      <Probleem fout={fout} />
      {data && items.length === 0 && <p>Er zijn nog geen gegevens gecorrigeerd.</p>}
      {items.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>Wijzigingen</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Gegeven</th>
                <th scope="col">Was</th>
                <th scope="col">Wordt</th>
                <th scope="col">Reden</th>
                <th scope="col">Door</th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={`${w.versie}-${w.veld}`}>
                  <td>{alsTijdstip(w.gewijzigdOp)}</td>
                  <td>{VELD_NAMEN[w.veld] ?? w.veld}</td>
                  <td>{w.oud ?? <span className="hint">niet zichtbaar of leeg</span>}</td>
                  <td>{w.nieuw ?? <span className="hint">leeg</span>}</td>
                  <td>{w.reden}</td>
                  <td>
                    {w.gewijzigdDoor} ({organisatieNaam(w.gewijzigdDoorOrganisatie)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
