import { Link } from 'react-router';
import type { components } from '../../../api/generated/intake';
import { Gelukt } from '../../../components/probleem';
import { naamUit, organisatieNaam, STAP_NAMEN } from '../namen';

/** What POST /aanmeldingen answers: the aanmelding, the inwoner and the route (No Wrong Door: always one). */
export type Registratie = components['schemas']['Registratie'];

/** The route the aanmelding got, with the toelichting to tell the inwoner. */
export function RouteResultaat({ registratie, onNieuw }: { registratie: Registratie; onNieuw: () => void }) {
  const { route } = registratie;
  return (
    <>
      <Gelukt>
        <p>De aanmelding is geregistreerd en de inwoner is doorverwezen.</p>
      </Gelukt>
      <section aria-labelledby="route-titel" className="kaart">
        <h2 id="route-titel">Route</h2>
        <dl className="gegevens">
          <dt>Stap</dt>
          <dd>{naamUit(STAP_NAMEN, route.stap)}</dd>
          <dt>Organisatie</dt>
          <dd>{organisatieNaam(route.organisatie)}</dd>
          <dt>Dienst</dt>
          <dd>{route.dienst}</dd>
          <dt>Regelingen</dt>
          <dd>{route.regelingen.length > 0 ? route.regelingen.join(', ') : 'Geen'}</dd>
        </dl>
        <h3>Toelichting voor de inwoner</h3>
        <p className="toelichting">{route.toelichting}</p>
      </section>
      {registratie.anoniem && (
        <p className="melding melding-info">
          Anonieme oriëntatie: de inwoner staat geregistreerd onder de gekozen naam. Een traject start pas als de
          inwoner zich identificeert; dat legt u vast op de pagina van de inwoner (Identificeren).
        </p>
      )}
      {registratie.mogelijkDubbel && (
        <p className="melding melding-info">
          Let op: er staat mogelijk al een inwoner met dezelfde achternaam, geboortedatum en postcode geregistreerd.
          Kijk bij Inwoner zoeken of het om dezelfde persoon gaat.
        </p>
      )}
      {registratie.identiteitTeControleren && (
        <p className="melding melding-info">
          Let op: de naam of geboortedatum wijkt af van wat bij dit BSN bekend is. De aanmelding is geregistreerd met de
          gegevens die u invulde; beheer controleert de identiteit. Tot dan kunt u geen toestemmingen vastleggen.
        </p>
      )}
      <p className="acties">
        <button type="button" className="knop" onClick={onNieuw}>
          Nieuwe aanmelding
        </button>
        <Link className="knop knop-licht" to={`/inwoners/${registratie.inwonerId}`}>
          Gegevens en toestemming van de inwoner
        </Link>
      </p>
    </>
  );
}
