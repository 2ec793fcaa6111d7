import { useState } from 'react';
import { useParams } from 'react-router';
import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { trajectNaam } from './namen';
import { inHetNederlands } from './api';
import { TrajectStand } from './traject-wijziging';
import { TrajectGegevens } from './traject-gegevens';

const NIET_MEER_IN_CASELOAD =
  'Dit traject is niet (meer) in uw caseload: het bestaat niet, of het is overgedragen aan een andere organisatie.';

/** One traject: read with its ETag, so every change on the page can be sent with If-Match. */
export function TrajectPagina() {
  const { id = '' } = useParams();
  const { data, fout, opnieuw } = useLaden(
    async (signal) => {
      const { data: traject, response } = await trajectenApi.GET('/trajecten/{id}', {
        params: { path: { id } },
        signal,
      });
      return { traject: traject!, etag: response.headers.get('ETag') };
    },
    [id],
  );
  const [conflict, meldConflict] = useState<string>();
  const stand: TrajectStand | undefined = data && { ...data, opnieuw, conflict, meldConflict };
  return (
    <Pagina titel={trajectNaam(id)}>
      {/* after a handover or reassignment the traject is no longer the consulent's: the service answers 404 */}
      <Probleem fout={fout && inHetNederlands(fout, { 404: NIET_MEER_IN_CASELOAD })} />
      {stand ? <TrajectGegevens stand={stand} /> : !fout && <Bezig />}
    </Pagina>
  );
}
