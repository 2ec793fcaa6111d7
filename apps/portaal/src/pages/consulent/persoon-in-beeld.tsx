import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { nietInCaseload } from './api';
import { laadPersoon, NIET_IN_CASELOAD, volledigeNaam, type Persoon } from './persoon';
import { Situatie } from './situatie';

/** Name and contact data; what is missing says so. */
function Contact({ persoon }: { persoon: Persoon }) {
  return (
    <dl className="persoon">
      <dt>Naam</dt>
      <dd>{volledigeNaam(persoon)}</dd>
      <dt>Geboortedatum</dt>
      <dd>{alsDatum(persoon.geboortedatum)}</dd>
      <dt>Adres</dt>
      <dd>
        {persoon.postcode} {persoon.huisnummer}, {persoon.gemeentecode}
      </dd>
      <dt>Telefoon</dt>
      <dd>{persoon.telefoon ?? 'Niet bekend'}</dd>
      <dt>E-mail</dt>
      <dd>{persoon.email ?? 'Niet bekend'}</dd>
    </dl>
  );
}

/** The person of the traject (doel begeleiding): contact data and, per aanmelding, the hulpvraag and situation. */
export function PersoonInBeeld({ inwonerId }: { inwonerId: string }) {
  const { data: persoon, fout } = useLaden((signal) => laadPersoon(inwonerId, signal), [inwonerId]);
  // Not assigned to the consulent or their team is an ordinary state of a traject, not an error to announce.
  if (nietInCaseload(fout)) return <p>{NIET_IN_CASELOAD}</p>;
  if (fout) return <Probleem fout={fout} />;
  if (!persoon) return <Bezig />;
  const aanmeldingen = persoon.aanmeldingen.filter((a) => a.hulpvraag !== undefined || a.situatie !== undefined);
  return (
    <>
      <Contact persoon={persoon} />
      {aanmeldingen.map((a) => (
        <section key={a.id} aria-labelledby={`aanmelding-${a.id}`}>
          <h3 id={`aanmelding-${a.id}`}>Aanmelding van {alsDatum(a.aangemeldOp)}</h3>
          <h4>Hulpvraag</h4>
          {/* typed by the inwoner or front office: shown as text, as typed */}
          <p className="als-getypt">{a.hulpvraag ?? 'Geen hulpvraag vastgelegd.'}</p>
          <h4>Situatie</h4>
          <Situatie situatie={a.situatie ?? {}} />
        </section>
      ))}
    </>
  );
}
