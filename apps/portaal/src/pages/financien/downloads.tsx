import { useState } from 'react';
import { download, subsidiesApi } from '../../api/client';
import { Probleem } from '../../components/probleem';

const FORMATEN = [
  { formaat: 'xlsx', tekst: 'Excel (XLSX)' },
  { formaat: 'csv', tekst: 'CSV' },
  { formaat: 'pdf', tekst: 'PDF om te ondertekenen' },
] as const;

/** The claim as a file for the fund or the auditor; the service names the file. */
export function Downloads({ id }: { id: string }) {
  const [fout, setFout] = useState<Error>();
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">Downloaden</h2>
      <div className="acties">
        {FORMATEN.map(({ formaat, tekst }) => (
          <button
            key={formaat}
            type="button"
            className="knop knop-licht"
            onClick={() =>
              void download(
                subsidiesApi.GET('/declaraties/{id}/export', {
                  params: { path: { id }, query: { formaat } },
                  parseAs: 'blob',
                }),
                `declaratie.${formaat}`,
              ).catch(setFout)
            }
          >
            Download {tekst}
          </button>
        ))}
      </div>
      <Probleem fout={fout} />
    </section>
  );
}
