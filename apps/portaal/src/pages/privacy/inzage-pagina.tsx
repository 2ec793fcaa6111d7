import { useSearchParams } from 'react-router';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { InwonerZoeken } from '../frontoffice/inwoners/inwoner-zoeken';
import { type AuditVraag, zoekTrail } from './audit-api';
import { AuditTabel } from './audit-tabel';
import { DienstStoringen } from './dienst-storingen';
import { Onderdelen } from './onderdelen';
import { Privacyverzoeken } from './privacyverzoeken';
import { RecenteVerzoeken } from './recente-verzoeken';
import { ditJaar, Zoekformulier } from './zoekformulier';

/** The question as the address holds it (ids and a user name only, never a name or BSN), so a result can be reopened. */
function vraagUit(p: URLSearchParams): AuditVraag | undefined {
  const van = p.get('van');
  const tot = p.get('tot');
  const inwonerId = p.get('inwonerId');
  const gebruiker = p.get('gebruiker');
  if (!van || !tot) return undefined;
  if (inwonerId) return { inwonerId, van, tot };
  if (gebruiker) return { gebruiker, van, tot };
  return undefined;
}

/** A person found at intake opens their trail of this year: the address holds their id, never the BSN searched on. */
const trailVan = (inwonerId: string) => `/privacy/inzage?${new URLSearchParams({ inwonerId, ...ditJaar() })}`;

/**
 * /privacy/inzage: the privacy officer asks all four services at once who read or changed a person's data (or what
 * a user read) in a period, and sees one time-ordered table. For a person, the erasure and restriction requests.
 */
export function InzagePagina() {
  const [params, setParams] = useSearchParams();
  const vraag = vraagUit(params);
  const sleutel = params.toString();
  const { data, fout, laden } = useLaden(
    (signal) => (vraag ? zoekTrail(vraag, signal) : Promise.resolve(undefined)),
    [sleutel],
  );
  return (
    <Pagina titel="Inzage in persoonsgegevens">
      <Onderdelen />
      <section aria-labelledby="inwoner-zoeken-kop">
        <h2 id="inwoner-zoeken-kop">Inwoner zoeken</h2>
        <p className="hint">Zoek de inwoner op BSN of op achternaam en geboortedatum en kies de inwoner.</p>
        <InwonerZoeken label="Inwoner zoeken" naar={trailVan} />
      </section>
      <Zoekformulier key={sleutel} begin={vraag} zoek={(v) => setParams(v)} />
      {vraag && (
        <section aria-labelledby="resultaat-kop" aria-busy={laden}>
          <h2 id="resultaat-kop">
            {vraag.inwonerId ? 'Wie zag of wijzigde de gegevens van deze inwoner' : `Wat ${vraag.gebruiker} inzag`}
          </h2>
          <p className="hint">Uw zoekvraag wordt zelf ook vastgelegd in de audittrail van elke dienst.</p>
          {laden && <Bezig tekst="De diensten worden bevraagd…" />}
          <Probleem fout={fout} />
          {data && !laden && (
            <>
              <DienstStoringen antwoorden={data} />
              <AuditTabel trail={data} />
            </>
          )}
        </section>
      )}
      {vraag?.inwonerId ? <Privacyverzoeken inwonerId={vraag.inwonerId} /> : <RecenteVerzoeken />}
    </Pagina>
  );
}
