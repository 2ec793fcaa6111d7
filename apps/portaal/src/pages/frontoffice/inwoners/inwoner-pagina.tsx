import { Link, useParams } from 'react-router';
import { gegevens, intakeApi } from '../../../api/client';
import { useLaden } from '../../../api/use-laden';
import { alsDatum } from '../../../components/opmaak';
import { Bezig, Pagina } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { KANAAL_NAMEN, naamUit, organisatieNaam, STAP_NAMEN } from '../namen';
import { CorrectieFormulier } from './correctie';
import { Identificatie } from './identificatie';
import { Toestemmingen } from './toestemmingen';
import { Wijzigingen } from './wijzigingen';

/**
 * /inwoners/:id: what is held about the inwoner (every opening is logged by intake), their consents, a correction
 * form and the history of corrections.
 */
export function InwonerPagina() {
  const { id = '' } = useParams();
  const {
    data: inwoner,
    fout,
    laden,
    opnieuw,
  } = useLaden(
    (signal) => gegevens(intakeApi.GET('/inwoners/{inwonerId}', { params: { path: { inwonerId: id } }, signal })),
    [id],
  );
  const anoniem = inwoner?.anoniem === true;
  return (
    <Pagina
      titel={inwoner ? [inwoner.voornaam, inwoner.achternaam].filter(Boolean).join(' ') : 'Inwoner'}
      acties={<Link to="/inwoners">Terug naar zoeken</Link>}
    >
      {laden && !inwoner && <Bezig />}
      <Probleem fout={fout} />
      {inwoner && (
        <>
          <h2>Gegevens</h2>
          <p className="hint">Het openen van deze gegevens wordt vastgelegd.</p>
          {anoniem && (
            <p className="melding melding-info">
              Anoniem: deze inwoner oriënteert zich onder een zelfgekozen naam. Geboortedatum en adres zijn niet bekend.
            </p>
          )}
          <dl className="gegevens">
            <dt>BSN</dt>
            <dd>{inwoner.bsn ?? 'Niet bekend'}</dd>
            <dt>Geboortedatum</dt>
            <dd>{alsDatum(inwoner.geboortedatum)}</dd>
            <dt>Adres</dt>
            <dd>
              {[inwoner.postcode, inwoner.huisnummer].filter(Boolean).join(' ') || 'Niet bekend'},{' '}
              {organisatieNaam(inwoner.gemeentecode)}
            </dd>
            <dt>E-mailadres</dt>
            <dd>{inwoner.email ?? 'Niet bekend'}</dd>
            <dt>Telefoonnummer</dt>
            <dd>{inwoner.telefoon ?? 'Niet bekend'}</dd>
          </dl>
          {inwoner.identiteitTeControleren ? (
            <p className="melding melding-info">
              De naam of geboortedatum in uw aanmelding wijkt af van wat bij dit BSN bekend is. Beheer controleert de
              identiteit; tot dan zijn toestemmingen niet zichtbaar en niet te wijzigen.
            </p>
          ) : (
            <Toestemmingen inwonerId={inwoner.id} begin={inwoner.toestemmingen} />
          )}
          <div className="tabel-schuif">
            <table>
              <caption>Aanmeldingen</caption>
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col">Kanaal</th>
                  <th scope="col">Stap</th>
                  <th scope="col">Organisatie</th>
                </tr>
              </thead>
              <tbody>
                {inwoner.aanmeldingen.map((a) => (
                  <tr key={a.id}>
                    <td>{alsDatum(a.aangemeldOp)}</td>
                    <td>{naamUit(KANAAL_NAMEN, a.kanaal)}</td>
                    <td>{naamUit(STAP_NAMEN, a.stap)}</td>
                    <td>{organisatieNaam(a.organisatie)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {anoniem ? (
            <Identificatie inwoner={inwoner} geidentificeerd={opnieuw} />
          ) : (
            <CorrectieFormulier inwoner={inwoner} gecorrigeerd={opnieuw} />
          )}
          <Wijzigingen inwonerId={inwoner.id} versie={inwoner.versie} />
        </>
      )}
    </Pagina>
  );
}
