import { STAPPEN } from '@wiz/contracts/browser';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { alsDatum, alsTijdstip } from '../../components/opmaak';
import { organisatieTekst } from '../../auth/organisaties';
import { ACTIVITEIT_NAMEN, OPVOLGING_NAMEN, PLAN_STATUS_NAMEN, RESULTAAT_NAMEN, STAP_NAMEN } from '../consulent/namen';
import { naamUit } from '../frontoffice/namen';
import { type MijnTraject, mijnApi } from './api';

/** What each step means for the inwoner, in plain words. */
const STAP_UITLEG: Record<string, string> = {
  orienteren: 'U kijkt wat bij u past.',
  begeleiden: 'U krijgt hulp om klaar te worden voor werk.',
  ontwikkelen: 'U leert nieuwe dingen in de praktijk.',
  scholen: 'U volgt een opleiding of cursus.',
  matchen: 'U zoekt samen met ons een baan.',
};

/** "Uw traject": the route with the step they are in now, their goals, activities and next appointments. */
export function MijnTrajectPagina() {
  const trajecten = useLaden((signal) => mijnApi.trajecten(signal), []);
  return (
    <Pagina titel="Uw traject">
      {trajecten.laden && !trajecten.data && <Bezig />}
      <Probleem fout={trajecten.fout} />
      {trajecten.data && !trajecten.data.items.length && (
        <p>U heeft nog geen traject. Na uw aanmelding neemt een consulent contact met u op.</p>
      )}
      {trajecten.data?.items.map((t) => (
        <Traject key={t.id} traject={t} />
      ))}
    </Pagina>
  );
}

function Traject({ traject: t }: { traject: MijnTraject }) {
  const afgesloten = !!t.afgeslotenOp;
  const kop = `traject-${t.id}`;
  return (
    <section aria-labelledby={kop} className="kaart mijn-kaart">
      <h2 id={kop}>
        {afgesloten ? 'Traject afgesloten' : 'Uw traject nu'} bij {organisatieTekst(t.organisatie)}
      </h2>
      <p>
        Begonnen op {alsDatum(t.gestartOp)}
        {afgesloten ? `, afgesloten op ${alsDatum(t.afgeslotenOp)}` : ''}.
        {t.consulent?.naam ? ` Uw consulent is ${t.consulent.naam}.` : ''}
      </p>

      <h3>Uw route</h3>
      <ol className="mijn-stappen" aria-label="De vijf stappen van de route">
        {STAPPEN.map((stap) => (
          <li key={stap} aria-current={stap === t.huidigeStap && !afgesloten ? 'step' : undefined}>
            {STAP_NAMEN[stap]}
            {stap === t.huidigeStap && !afgesloten && <span className="visueel-verborgen"> (hier bent u nu)</span>}
          </li>
        ))}
      </ol>
      {!afgesloten && (
        <p>
          U bent nu bij de stap <strong>{naamUit(STAP_NAMEN, t.huidigeStap)}</strong>. {STAP_UITLEG[t.huidigeStap]}
        </p>
      )}
      {t.stappen.length > 0 && (
        <details>
          <summary>Welke stappen u al heeft gezet</summary>
          <ul>
            {t.stappen.map((s) => (
              <li key={`${s.stap}-${s.van}`}>
                {naamUit(STAP_NAMEN, s.stap)}: vanaf {alsDatum(s.van)}
                {s.tot ? ` tot ${alsDatum(s.tot)}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}

      <h3>Uw doelen</h3>
      {t.planDoelen.length ? (
        <ul>
          {t.planDoelen.map((d, i) => (
            <li key={i}>
              {d.omschrijving} <span className="label">{naamUit(PLAN_STATUS_NAMEN, d.status)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Er staan nog geen doelen in uw plan.</p>
      )}

      <h3>Wat u doet</h3>
      {t.activiteiten.length ? (
        <ul>
          {t.activiteiten.map((a) => (
            <li key={a.id}>
              {naamUit(ACTIVITEIT_NAMEN, a.soort)}: vanaf {alsDatum(a.van)}
              {a.tot ? ` tot ${alsDatum(a.tot)}` : ''}
              {a.resultaat ? (
                <>
                  {' '}
                  <span className="label">{naamUit(RESULTAAT_NAMEN, a.resultaat)}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>U doet nu nog geen activiteit.</p>
      )}

      <h3>Uw volgende afspraken</h3>
      {t.volgendeAfspraken.length ? (
        <ul>
          {t.volgendeAfspraken.map((a) => (
            <li key={`${a.op}-${a.soort}`}>
              {alsTijdstip(a.op)}: {naamUit(OPVOLGING_NAMEN, a.soort)}
              {a.omschrijving ? `. ${a.omschrijving}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Er staat nu geen afspraak voor u klaar.</p>
      )}
    </section>
  );
}
