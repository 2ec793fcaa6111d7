import { useState } from 'react';
import { useLaden } from '../../api/use-laden';
import { Keuzelijst, Tekstvak } from '../../components/velden';
import { Gelukt, Probleem } from '../../components/probleem';
import { useVelden, useVersturen } from '../../components/formulier';
import { alsDatum } from '../../components/opmaak';
import { mijnApi, type Recht, type Rechtenverzoek } from './api';
import { RECHT_NAMEN } from './recht-namen';

const UITLEG: Record<Recht, string> = {
  wissen: 'Wij wissen uw gegevens als wij ze niet meer hoeven te bewaren volgens de wet.',
  beperken: 'Dan gebruikt niemand uw gegevens meer, tot het probleem is opgelost.',
  bezwaar: 'Schrijf op waarom u niet wilt dat wij uw gegevens gebruiken. Dat is verplicht.',
};

const STATUS_NAMEN: Record<Rechtenverzoek['status'], string> = {
  open: 'Wij kijken ernaar',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
};

/**
 * "Uw rechten": the inwoner asks to erase their data, restrict its use, or objects (AVG art. 17, 18, 21), and reads
 * the answers. The privacy officer answers within a month, or says why it takes up to two months longer.
 */
export function MijnRechten() {
  const verzoeken = useLaden((signal) => mijnApi.rechtenverzoeken(signal), []);
  return (
    <section aria-labelledby="rechten-titel">
      <h2 id="rechten-titel">Uw rechten</h2>
      <p>
        U mag vragen om uw gegevens te wissen of om ze even niet te gebruiken. U mag ook bezwaar maken tegen het gebruik
        van uw gegevens. De functionaris gegevensbescherming antwoordt binnen een maand.
      </p>
      <RechtVragen opgeslagen={verzoeken.opnieuw} />
      <Probleem fout={verzoeken.fout} />
      {verzoeken.data && <Rechtenverzoeken items={verzoeken.data.items} />}
    </section>
  );
}

function Rechtenverzoeken({ items }: { items: Rechtenverzoek[] }) {
  if (!items.length) return null;
  return (
    <ul className="mijn-lijst" aria-label="Uw vragen over uw rechten">
      {items.map((v) => (
        <li key={v.id}>
          <h3>{RECHT_NAMEN[v.recht]}</h3>
          {v.toelichting && <p>Uw uitleg: {v.toelichting}</p>}
          <p>
            Gestuurd op {alsDatum(v.ingediendOp)}.{' '}
            {v.status === 'open' && `U krijgt uiterlijk op ${alsDatum(v.uiterlijkOp)} antwoord.`}
          </p>
          {v.verlenging && (
            <p>
              Wij hebben meer tijd nodig dan een maand. Eerst was de datum{' '}
              {alsDatum(v.verlenging.oorspronkelijkUiterlijkOp)}.
              {v.verlenging.reden && <> De reden: {v.verlenging.reden}</>}
            </p>
          )}
          <p>
            Stand: <span className="label">{STATUS_NAMEN[v.status]}</span>
          </p>
          {v.uitkomstToelichting && <p>Antwoord: {v.uitkomstToelichting}</p>}
        </li>
      ))}
    </ul>
  );
}

function RechtVragen({ opgeslagen }: { opgeslagen: () => void }) {
  const [open, setOpen] = useState(false);
  const velden = useVelden({ recht: 'wissen', toelichting: '' }, (w) => ({
    toelichting:
      w.recht === 'bezwaar' && !w.toelichting.trim()
        ? 'Schrijf op waarom u bezwaar maakt.'
        : w.toelichting.length > 2000
          ? 'Gebruik niet meer dan 2000 tekens.'
          : undefined,
  }));
  const recht = velden.waarden.recht as Recht;
  const versturen = useVersturen({
    controleer: velden.controleer,
    verstuur: () =>
      mijnApi.vraagRecht({
        recht,
        ...(velden.waarden.toelichting.trim() ? { toelichting: velden.waarden.toelichting.trim() } : {}),
      }),
    gelukt: (verzoek) => {
      velden.herstel();
      setOpen(false);
      opgeslagen();
      return `Uw vraag is verstuurd. U krijgt uiterlijk op ${alsDatum(verzoek.uiterlijkOp)} antwoord.`;
    },
  });
  return (
    <>
      {versturen.gelukt && <Gelukt>{versturen.gelukt}</Gelukt>}
      {!open ? (
        <button type="button" className="knop" onClick={() => setOpen(true)}>
          Iets vragen over uw rechten
        </button>
      ) : (
        <form className="formulier" aria-labelledby="rechten-titel" onSubmit={versturen.onSubmit} noValidate>
          <Keuzelijst
            label="Wat wilt u?"
            hint={UITLEG[recht]}
            {...velden.veld('recht')}
            opties={(Object.keys(RECHT_NAMEN) as Recht[]).map((r) => ({ waarde: r, tekst: RECHT_NAMEN[r] }))}
          />
          <Tekstvak
            label="Uitleg"
            hint={recht === 'bezwaar' ? 'Verplicht.' : 'Niet verplicht.'}
            maxLength={2000}
            {...velden.veld('toelichting')}
          />
          <Probleem fout={versturen.fout} />
          <div className="mijn-knoppen">
            <button type="submit" className="knop" disabled={versturen.bezig}>
              Vraag versturen
            </button>
            <button type="button" className="knop knop-licht" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </>
  );
}
