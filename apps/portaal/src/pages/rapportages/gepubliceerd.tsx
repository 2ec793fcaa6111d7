import { useState } from 'react';
import { download, trajectenApi } from '../../api/client';
import { alsDatum } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import { gemeentenaam } from '../dashboard/monitor-api';
import type { GepubliceerdeRapportage } from './api';

/** Every published report: who published which version when, and its stored files. */
export function Gepubliceerd({ items }: { items: GepubliceerdeRapportage[] }) {
  const [fout, setFout] = useState<Error>();
  const haal = (r: GepubliceerdeRapportage, formaat: 'pdf' | 'xlsx') =>
    download(
      trajectenApi.GET('/rapportages/{id}/bestand', {
        params: { path: { id: r.id }, query: { formaat } },
        parseAs: 'blob',
      }),
      `rapportage.${formaat}`,
    ).catch(setFout);
  return (
    <section aria-labelledby="gepubliceerd">
      <h2 id="gepubliceerd">Gepubliceerde rapportages</h2>
      <Probleem fout={fout} />
      {items.length === 0 ? (
        <p>Er is nog geen rapportage gepubliceerd.</p>
      ) : (
        <div className="tabel-schuif">
          <table>
            <caption>Gepubliceerde rapportages ({items.length})</caption>
            <thead>
              <tr>
                <th scope="col">Periode en gebied</th>
                <th scope="col">Versie</th>
                <th scope="col">Gepubliceerd</th>
                <th scope="col">Bestanden</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => {
                const naam = `${r.periode} ${r.gemeentecode ? gemeentenaam(r.gemeentecode) : 'hele regio'} versie ${r.versie}`;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.periode}, {r.gemeentecode ? gemeentenaam(r.gemeentecode) : 'hele regio'}
                    </th>
                    <td>
                      {r.versie}
                      {r.reden && <span className="hint"> · {r.reden}</span>}
                      <span className="hint"> · teldefinitie {r.definitieVersie}</span>
                    </td>
                    <td>
                      {alsDatum(r.gepubliceerdOp)} door {r.gepubliceerdDoor}
                    </td>
                    <td>
                      <div className="acties">
                        <button
                          type="button"
                          className="knop knop-licht"
                          aria-label={`PDF van ${naam}`}
                          onClick={() => void haal(r, 'pdf')}
                        >
                          PDF
                        </button>
                        <button
                          type="button"
                          className="knop knop-licht"
                          aria-label={`Excel van ${naam}`}
                          onClick={() => void haal(r, 'xlsx')}
                        >
                          Excel
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
