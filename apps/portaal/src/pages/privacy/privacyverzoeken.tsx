import { gegevens, intakeApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsTijdstip } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { organisatieNaam } from '../frontoffice/namen';
import { Verzoekformulier } from './verzoekformulier';

export const SOORT_NAMEN: Record<string, string> = {
  wissen: 'Wissen',
  beperken: 'Beperking ingesteld',
  'beperking-opheffen': 'Beperking opgeheven',
};

/**
 * A person's erasure and restriction requests (intake keeps them as the legal record), and the forms to grant a
 * new one: erasure, or a restriction set or lifted depending on whether one is in force.
 */
export function Privacyverzoeken({ inwonerId }: { inwonerId: string }) {
  const { data, fout, laden, opnieuw } = useLaden(
    (signal) =>
      gegevens(intakeApi.GET('/privacyverzoeken', { params: { query: { inwonerId, paginagrootte: 100 } }, signal })),
    [inwonerId],
  );
  const verzoeken = data?.items ?? [];
  const gewist = verzoeken.some((v) => v.soort === 'wissen');
  const inWerking = verzoeken.find((v) => v.soort === 'beperken' && !v.opgehevenDoorVerzoek);
  return (
    <section aria-labelledby="verzoeken-kop">
      <h2 id="verzoeken-kop">Privacyverzoeken</h2>
      {laden && !data && <Bezig />}
      <Probleem fout={fout} />
      {data && verzoeken.length === 0 && <p>Voor deze inwoner zijn nog geen verzoeken tot wissen of beperking.</p>}
      {verzoeken.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>Verzoeken van deze inwoner</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Soort</th>
                <th scope="col">Reden</th>
                <th scope="col">Door</th>
              </tr>
            </thead>
            <tbody>
              {verzoeken.map((v) => (
                <tr key={v.id}>
                  <td>{alsTijdstip(v.ingediendOp)}</td>
                  <td>
                    {SOORT_NAMEN[v.soort] ?? v.soort}
                    {v.soort === 'beperken' && !v.opgehevenDoorVerzoek && <span className="label"> in werking</span>}
                  </td>
                  <td>{v.reden}</td>
                  <td>
                    {v.ingediendDoor} ({organisatieNaam(v.ingediendDoorOrganisatie)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && gewist && <p>De gegevens van deze inwoner zijn gewist; er zijn geen verdere verzoeken mogelijk.</p>}
      {data && !gewist && (
        <>
          <Verzoekformulier
            soort={inWerking ? { beperkingOpheffen: inWerking.id } : 'beperken'}
            inwonerId={inwonerId}
            ingediend={opnieuw}
          />
          <Verzoekformulier soort="wissen" inwonerId={inwonerId} ingediend={opnieuw} />
        </>
      )}
    </section>
  );
}
