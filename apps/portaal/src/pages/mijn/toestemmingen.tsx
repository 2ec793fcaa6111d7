import { useId, useState } from 'react';
import { useLaden } from '../../api/use-laden';
import { useActie, useVelden, useVersturen } from '../../components/formulier';
import { Bezig, Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { alsDatum, vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { organisatieTekst } from '../../auth/organisaties';
import { type MijnVacature, type Toestemming, type ToestemmingDoel, mijnApi } from './api';

/** The three purposes in plain words (B1): what giving consent means for the inwoner. */
const DOELEN: Record<ToestemmingDoel, { naam: string; uitleg: string }> = {
  'profiel-delen-met-werkgevers': {
    naam: 'Werkgevers mogen uw profiel zien',
    uitleg:
      'Werkgevers in de regio zien dan wat u kunt en wat u zoekt. Zo kunnen zij u werk aanbieden. Uw naam en adres zien zij niet.',
  },
  'profiel-delen-met-school': {
    naam: 'Een school of het leerwerkloket mag uw profiel zien',
    uitleg: 'Zij kunnen u dan een opleiding of cursus aanbieden die bij u past.',
  },
  'profiel-delen-met-vacature': {
    naam: 'Eén vacature',
    uitleg: 'Alleen de werkgever van deze ene vacature mag uw profiel zien.',
  },
};
type Doel = ToestemmingDoel;
const doelNaam = (doel: Doel) => DOELEN[doel].naam;

/**
 * "Toestemmingen": per purpose whether the inwoner's consent is active, to give it (optionally until a date) or
 * withdraw it (after a confirmation), and the history: what they did themselves and what staff did on their behalf.
 */
export function Toestemmingen() {
  const toestemmingen = useLaden((signal) => mijnApi.toestemmingen(signal), []);
  // Not every inwoner is a candidate somewhere; without vacancies the purpose "one vacancy" cannot be chosen.
  const vacatures = useLaden((signal) => mijnApi.vacatures(signal).catch(() => ({ items: [] })), []);
  const [melding, setMelding] = useState<string>();
  const klaar = (tekst: string) => {
    setMelding(tekst);
    toestemmingen.opnieuw();
  };
  const items = toestemmingen.data?.items ?? [];
  return (
    <Pagina titel="Toestemmingen">
      <p>U bepaalt zelf wie uw profiel mag zien. U kunt uw toestemming altijd weer intrekken.</p>
      {melding && <Gelukt>{melding}</Gelukt>}
      {toestemmingen.laden && !toestemmingen.data && <Bezig />}
      <Probleem fout={toestemmingen.fout} />
      {toestemmingen.data &&
        (Object.keys(DOELEN) as Doel[]).map((doel) => (
          <Doelkaart
            key={doel}
            doel={doel}
            actief={items.filter((t) => t.doel === doel && t.actief)}
            vacatures={vacatures.data?.items ?? []}
            klaar={klaar}
          />
        ))}
      {toestemmingen.data && (
        <section aria-labelledby="geschiedenis-titel">
          <h2 id="geschiedenis-titel">Wat er eerder is veranderd</h2>
          {toestemmingen.data.geschiedenis.length ? (
            <ul className="mijn-lijst" aria-label="Geschiedenis van uw toestemmingen">
              {[...toestemmingen.data.geschiedenis]
                .sort((a, b) => Date.parse(b.op) - Date.parse(a.op))
                .map((w) => (
                  <li key={`${w.toestemmingId}-${w.handeling}-${w.op}`}>
                    {alsDatum(w.op)}: {doelNaam(w.doel)}
                    {w.vacatureId ? ` (${vacatureNaam(vacatures.data?.items ?? [], w.vacatureId)})` : ''}.{' '}
                    {w.handeling === 'gegeven' ? 'Toestemming gegeven' : 'Toestemming ingetrokken'}.{' '}
                    {w.door === 'uzelf'
                      ? 'Door uzelf.'
                      : `Door een medewerker namens u${w.organisatie ? ` (${organisatieTekst(w.organisatie)})` : ''}.`}
                  </li>
                ))}
            </ul>
          ) : (
            <p>Er is nog niets veranderd.</p>
          )}
        </section>
      )}
    </Pagina>
  );
}

const vacatureNaam = (vacatures: MijnVacature[], id: string) => {
  const v = vacatures.find((x) => x.id === id);
  return v ? `${v.titel}${v.werkgever ? ` bij ${v.werkgever}` : ''}` : `vacature ${id.slice(0, 8)}`;
};

function Doelkaart({
  doel,
  actief,
  vacatures,
  klaar,
}: {
  doel: Doel;
  actief: Toestemming[];
  vacatures: MijnVacature[];
  klaar: (melding: string) => void;
}) {
  const kop = useId();
  const { naam, uitleg } = DOELEN[doel];
  const perVacature = doel === 'profiel-delen-met-vacature';
  return (
    <section className="kaart mijn-kaart" aria-labelledby={kop}>
      <h2 id={kop}>{naam}</h2>
      <p>{uitleg}</p>
      {actief.length === 0 && !perVacature && (
        <p>
          <span className="label">U heeft geen toestemming gegeven</span>
        </p>
      )}
      {actief.map((t) => (
        <Actief
          key={t.id}
          toestemming={t}
          naam={perVacature ? vacatureNaam(vacatures, t.vacatureId ?? '') : naam}
          klaar={klaar}
        />
      ))}
      {(perVacature || actief.length === 0) && (
        <Geven
          doel={doel}
          vacatures={vacatures.filter((v) => !actief.some((t) => t.vacatureId === v.id))}
          klaar={klaar}
        />
      )}
    </section>
  );
}

/** An active consent and its withdrawal, which asks once more first: the employer no longer sees the profile. */
function Actief({
  toestemming: t,
  naam,
  klaar,
}: {
  toestemming: Toestemming;
  naam: string;
  klaar: (m: string) => void;
}) {
  const [vragen, setVragen] = useState(false);
  const actie = useActie();
  return (
    <div>
      <p>
        <span className="label label-gelukt">Toestemming gegeven op {alsDatum(t.gegevenOp)}</span>
        {t.geldigTot ? ` Geldig tot en met ${alsDatum(t.geldigTot)}.` : ''}
        {t.namens ? ' Een medewerker heeft dit voor u vastgelegd.' : ''}
      </p>
      {!vragen ? (
        <button type="button" className="knop knop-licht" onClick={() => setVragen(true)}>
          Toestemming intrekken{t.vacatureId ? `: ${naam}` : ''}
        </button>
      ) : (
        <div role="group" aria-label="Weet u het zeker?" className="melding melding-info">
          <p>Weet u het zeker? Daarna ziet niemand uw profiel meer voor dit doel.</p>
          <div className="mijn-knoppen">
            <button
              type="button"
              className="knop knop-gevaar"
              disabled={actie.bezig}
              onClick={() =>
                void actie.voer(async () => {
                  await mijnApi.trekIn(t.id);
                  klaar(`U heeft uw toestemming ingetrokken: ${naam}.`);
                })
              }
            >
              Ja, intrekken
            </button>
            <button type="button" className="knop knop-licht" onClick={() => setVragen(false)}>
              Nee, niet intrekken
            </button>
          </div>
          <Probleem fout={actie.fout} />
        </div>
      )}
    </div>
  );
}

/** Giving consent, optionally until a date; for one vacancy the inwoner picks one they are a candidate for. */
function Geven({ doel, vacatures, klaar }: { doel: Doel; vacatures: MijnVacature[]; klaar: (m: string) => void }) {
  const perVacature = doel === 'profiel-delen-met-vacature';
  const velden = useVelden({ vacatureId: vacatures[0]?.id ?? '', geldigTot: '' }, (w) => ({
    vacatureId: perVacature && !w.vacatureId ? 'Kies een vacature.' : undefined,
    geldigTot: w.geldigTot && w.geldigTot < vandaag() ? 'Kies een datum vanaf vandaag.' : undefined,
  }));
  const versturen = useVersturen({
    controleer: velden.controleer,
    verstuur: () =>
      mijnApi.geefToestemming({
        doel,
        ...(perVacature ? { vacatureId: velden.waarden.vacatureId } : {}),
        ...(velden.waarden.geldigTot ? { geldigTot: velden.waarden.geldigTot } : {}),
      }),
    gelukt: () => klaar(`U heeft toestemming gegeven: ${DOELEN[doel].naam}.`),
  });
  if (perVacature && vacatures.length === 0)
    return <p>Er is nu geen vacature waarvoor u kandidaat bent. Dan kunt u hier niets kiezen.</p>;
  return (
    <form
      className="formulier"
      aria-label={`Toestemming geven: ${DOELEN[doel].naam}`}
      onSubmit={versturen.onSubmit}
      noValidate
    >
      {perVacature && (
        <Keuzelijst
          label="Welke vacature?"
          {...velden.veld('vacatureId')}
          opties={vacatures.map((v) => ({ waarde: v.id, tekst: vacatureNaam(vacatures, v.id) }))}
        />
      )}
      <Tekstveld
        label="Tot wanneer?"
        type="date"
        min={vandaag()}
        hint="Niet verplicht. Laat het leeg als de toestemming geldt tot u die intrekt."
        {...velden.veld('geldigTot')}
      />
      <Probleem fout={versturen.fout} />
      <button type="submit" className="knop" disabled={versturen.bezig}>
        Toestemming geven
      </button>
    </form>
  );
}
