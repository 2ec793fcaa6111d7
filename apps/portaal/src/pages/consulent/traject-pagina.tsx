import { useState } from 'react';
import { useParams } from 'react-router';
import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { trajectNaam } from './namen';
import { TrajectStand } from './traject-wijziging';
import { TrajectGegevens } from './traject-gegevens';

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
      <Probleem fout={fout} />
      {stand ? <TrajectGegevens stand={stand} /> : !fout && <Bezig />}
    </Pagina>
  );
}
