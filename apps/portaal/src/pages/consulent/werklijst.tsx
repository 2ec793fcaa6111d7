import { useSearchParams } from 'react-router';
import { Stap, STAPPEN } from '@wiz/contracts/browser';
import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { useSessie } from '../../auth/session';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { laadOpvolgingen } from './api';
import { STAP_NAMEN } from './namen';
import { TrajectenTabel } from './trajecten-tabel';
import { OpvolgingenTabel } from './opvolgingen-tabel';

const PAGINAGROOTTE = 25;

/** The consulent's start page: the organisation's active trajecten (filter by step, paged) and the follow-ups due. */
export function Werklijst() {
  const { sessie } = useSessie();
  const [zoek, setZoek] = useSearchParams();
  const stap = zoek.get('stap') ?? '';
  const pagina = Number(zoek.get('pagina') ?? '1');
  const lijst = useLaden(
    (signal) => {
      const query = {
        status: 'actief' as const,
        pagina,
        paginagrootte: PAGINAGROOTTE,
        ...(stap ? { stap: stap as Stap } : {}),
      };
      return gegevens(trajectenApi.GET('/trajecten', { params: { query }, signal }));
    },
    [stap, pagina],
  );
  const opvolgingen = useLaden((signal) => laadOpvolgingen({ status: 'open' }, signal), []);
  const naarPagina = (p: number) => setZoek({ ...(stap ? { stap } : {}), pagina: String(p) });
  return (
    <Pagina titel="Werklijst">
      <section aria-labelledby="trajecten-kop">
        <h2 id="trajecten-kop">Actieve trajecten</h2>
        <div className="formulier smal">
          <Keuzelijst
            label="Stap"
            hint="De lijst past zich direct aan."
            value={stap}
            onChange={(e) => setZoek(e.target.value ? { stap: e.target.value } : {})}
            opties={[
              { waarde: '', tekst: 'Alle stappen' },
              ...STAPPEN.map((s) => ({ waarde: s, tekst: STAP_NAMEN[s] })),
            ]}
          />
        </div>
        <Probleem fout={lijst.fout} />
        {lijst.data ? (
          <TrajectenTabel
            lijst={lijst.data}
            titel={`Actieve trajecten van ${sessie?.organisatie ?? 'uw organisatie'}`}
            naarPagina={naarPagina}
          />
        ) : (
          !lijst.fout && <Bezig />
        )}
      </section>
      <section aria-labelledby="opvolgingen-kop">
        <h2 id="opvolgingen-kop">Opvolgingen</h2>
        <p>Deze opvolgingen zijn aan de beurt. De vroegste staat bovenaan.</p>
        <Probleem fout={opvolgingen.fout} />
        {opvolgingen.data ? (
          <OpvolgingenTabel items={opvolgingen.data} titel="Opvolgingen die aan de beurt zijn" metTraject />
        ) : (
          !opvolgingen.fout && <Bezig />
        )}
      </section>
    </Pagina>
  );
}
