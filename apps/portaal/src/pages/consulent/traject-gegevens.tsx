import { Link } from 'react-router';
import { heeftRol } from '../../auth/claims';
import { useSessie } from '../../auth/session';
import { useLaden } from '../../api/use-laden';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { laadOpvolgingen } from './api';
import { Activiteiten } from './activiteiten';
import { ActiviteitAfronden, NieuweActiviteit } from './activiteit-formulieren';
import { Afsluiting } from './afsluiting';
import { Ladder } from './ladder';
import { OpvolgingenTabel } from './opvolgingen-tabel';
import { OpvolgingAfsluiten } from './opvolging-afsluiten';
import { Overdracht } from './overdracht';
import { PersoonInBeeld } from './persoon-in-beeld';
import { Journaal } from './journaal';
import { Plan } from './plan';
import { Overgangen } from './overgangen';
import { StapFormulier } from './stap-formulier';
import { Tijdlijn } from './tijdlijn';
import { Werkuren } from './werkuren';
import { Toewijzing } from './toewijzing';
import { TrajectStand } from './traject-wijziging';

/** The sections of the traject page; the forms that change it only while it is open. */
export function TrajectGegevens({ stand }: { stand: TrajectStand }) {
  const { traject } = stand;
  const open = traject.status === 'actief';
  const { sessie } = useSessie();
  const opvolgingen = useLaden(
    (signal) => laadOpvolgingen({ trajectId: traject.id }, signal),
    [traject.id, traject.versie],
  );
  return (
    <>
      <p>
        <Link to="/caseload">Terug naar mijn caseload</Link> · <Link to="/werklijst">Naar de werklijst</Link>
      </p>
      {stand.conflict && (
        <div role="alert" className="melding melding-fout">
          <p className="melding-titel">Uw wijziging is niet opgeslagen</p>
          <p>{stand.conflict}</p>
        </div>
      )}
      <p>
        Gemeente {traject.gemeentecode} · organisatie {traject.organisatie} · status{' '}
        <span className={`label ${open ? 'label-gelukt' : 'label-waarschuwing'}`}>
          {open ? 'Actief' : 'Afgesloten'}
        </span>
      </p>
      {open && heeftRol(sessie, ['teamleider']) && (
        <section aria-labelledby="toewijzing-kop">
          <h2 id="toewijzing-kop">Toewijzing</h2>
          <Toewijzing stand={stand} />
        </section>
      )}
      <section aria-labelledby="inwoner-kop">
        <h2 id="inwoner-kop">Inwoner</h2>
        <PersoonInBeeld inwonerId={traject.inwonerId} />
      </section>
      <section aria-labelledby="journaal-kop">
        <h2 id="journaal-kop">Journaal</h2>
        <Journaal trajectId={traject.id} open={open} />
      </section>
      <section aria-labelledby="plan-kop">
        <h2 id="plan-kop">Plan</h2>
        <Plan trajectId={traject.id} open={open} />
      </section>
      <section aria-labelledby="stappen-kop">
        <h2 id="stappen-kop">Stappen</h2>
        <Tijdlijn traject={traject} />
        <Overgangen overgangen={traject.overgangen ?? []} />
        {open && <StapFormulier stand={stand} />}
      </section>
      <section aria-labelledby="activiteiten-kop">
        <h2 id="activiteiten-kop">Activiteiten</h2>
        <Activiteiten activiteiten={traject.activiteiten} />
        {open && <ActiviteitAfronden stand={stand} />}
        {open && <NieuweActiviteit stand={stand} />}
      </section>
      <section aria-labelledby="ladder-kop">
        <h2 id="ladder-kop">Participatieladder</h2>
        <Ladder stand={stand} />
      </section>
      <section aria-labelledby="werkuren-kop-sectie">
        <h2 id="werkuren-kop-sectie">Werkuren</h2>
        <Werkuren stand={stand} />
      </section>
      <section aria-labelledby="opvolgingen-kop">
        <h2 id="opvolgingen-kop">Opvolgingen</h2>
        <Probleem fout={opvolgingen.fout} />
        {opvolgingen.data ? (
          <OpvolgingenTabel items={opvolgingen.data} titel="Opvolgingen van dit traject" />
        ) : (
          !opvolgingen.fout && <Bezig />
        )}
        {open && opvolgingen.data && (
          <OpvolgingAfsluiten opvolgingen={opvolgingen.data} bijgewerkt={opvolgingen.opnieuw} />
        )}
      </section>
      <section aria-labelledby="overdracht-kop">
        <h2 id="overdracht-kop">Overdracht</h2>
        <Overdracht traject={traject} />
      </section>
      <section aria-labelledby="afsluiting-kop">
        <h2 id="afsluiting-kop">Afsluiting</h2>
        <Afsluiting stand={stand} />
      </section>
    </>
  );
}
