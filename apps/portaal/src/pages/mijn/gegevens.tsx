import { useState } from 'react';
import { useLaden } from '../../api/use-laden';
import { Keuzelijst, Tekstvak } from '../../components/velden';
import { Bezig, Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { useVelden, useVersturen } from '../../components/formulier';
import { alsDatum } from '../../components/opmaak';
import { organisatieTekst } from '../../auth/organisaties';
import { CORRECTIE_ONDERDELEN, type CorrectieOnderdeel, type Correctieverzoek, mijnApi } from './api';
import { MijnRechten } from './rechten';

/** Plain words for what intake holds, in the order a person reads their own details. */
const VELDEN: [string, string][] = [
  ['naam', 'Naam'],
  ['voornaam', 'Voornaam'],
  ['tussenvoegsel', 'Tussenvoegsel'],
  ['achternaam', 'Achternaam'],
  ['geboortedatum', 'Geboortedatum'],
  ['straat', 'Straat'],
  ['huisnummer', 'Huisnummer'],
  ['huisnummertoevoeging', 'Toevoeging'],
  ['postcode', 'Postcode'],
  ['woonplaats', 'Woonplaats'],
  ['telefoon', 'Telefoon'],
  ['email', 'E-mail'],
  ['gemeente', 'Gemeente'],
  ['gemeentecode', 'Gemeente'],
  ['bsn', 'Burgerservicenummer (BSN)'],
];

const ONDERDEEL_NAMEN: Record<CorrectieOnderdeel, string> = {
  naam: 'Naam',
  adres: 'Adres',
  contact: 'Telefoon of e-mail',
  gemeente: 'Gemeente',
  geboortedatum: 'Geboortedatum',
  anders: 'Iets anders',
};

const STATUS_NAMEN: Record<string, string> = {
  open: 'Wij kijken ernaar',
  doorgevoerd: 'Aangepast',
  afgewezen: 'Niet aangepast',
  afgehandeld: 'Afgehandeld',
};

/** Intake's answer is read flat: nested parts (adres, contact) show their own fields, in the order above. */
function regels(gegevens: object): { label: string; waarde: string }[] {
  const plat: Record<string, unknown> = {};
  for (const [sleutel, waarde] of Object.entries(gegevens))
    if (waarde && typeof waarde === 'object' && !Array.isArray(waarde)) Object.assign(plat, waarde);
    else plat[sleutel] = waarde;
  if (plat.gemeente) delete plat.gemeentecode;
  return VELDEN.filter(([sleutel]) => typeof plat[sleutel] === 'string' && plat[sleutel] !== '').map(
    ([sleutel, label]) => {
      const waarde = String(plat[sleutel]);
      if (sleutel === 'geboortedatum') return { label, waarde: alsDatum(waarde) };
      if (sleutel === 'gemeentecode' || sleutel === 'gemeente') return { label, waarde: organisatieTekst(waarde) };
      return { label, waarde };
    },
  );
}

/**
 * "Uw gegevens": what intake holds about the caller, a request to correct it (a task for the front office), and
 * requests to erase, restrict or object (for the privacy officer).
 */
export function MijnGegevensPagina() {
  const gegevens = useLaden((signal) => mijnApi.gegevens(signal), []);
  const verzoeken = useLaden((signal) => mijnApi.correctieverzoeken(signal), []);
  return (
    <Pagina titel="Uw gegevens">
      <p>Dit zijn de gegevens die wij van u hebben.</p>
      {gegevens.laden && !gegevens.data && <Bezig />}
      <Probleem fout={gegevens.fout} />
      {gegevens.data && (
        <dl className="mijn-gegevens">
          {regels(gegevens.data).map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.waarde}</dd>
            </div>
          ))}
        </dl>
      )}
      <Correctie opgeslagen={verzoeken.opnieuw} />
      <section aria-labelledby="verzoeken-titel">
        <h2 id="verzoeken-titel">Uw verzoeken</h2>
        <Probleem fout={verzoeken.fout} />
        {verzoeken.data && <Verzoeken items={verzoeken.data.items} />}
      </section>
      <MijnRechten />
    </Pagina>
  );
}

function Verzoeken({ items }: { items: Correctieverzoek[] }) {
  if (!items.length) return <p>U heeft nog geen verzoek gedaan.</p>;
  return (
    <ul className="mijn-lijst" aria-label="Uw verzoeken">
      {items.map((v) => (
        <li key={v.id}>
          <h3>{ONDERDEEL_NAMEN[v.onderdeel] ?? v.onderdeel}</h3>
          <p>Wat het moet zijn: {v.gewenst}</p>
          {v.ingediendOp && <p>Gestuurd op {alsDatum(v.ingediendOp)}</p>}
          <p>
            Stand: <span className="label">{STATUS_NAMEN[v.status] ?? v.status}</span>
          </p>
          {v.uitkomstToelichting && <p>Uitleg: {v.uitkomstToelichting}</p>}
        </li>
      ))}
    </ul>
  );
}

/** "Klopt er iets niet?": the inwoner says what is wrong; a front-office employee checks it and changes it. */
function Correctie({ opgeslagen }: { opgeslagen: () => void }) {
  const [open, setOpen] = useState(false);
  const velden = useVelden({ onderdeel: 'naam', gewenst: '', toelichting: '' }, (w) => ({
    gewenst: !w.gewenst.trim()
      ? 'Schrijf op wat het moet zijn.'
      : w.gewenst.length > 500
        ? 'Gebruik niet meer dan 500 tekens.'
        : undefined,
    toelichting: w.toelichting.length > 1000 ? 'Gebruik niet meer dan 1000 tekens.' : undefined,
  }));
  const versturen = useVersturen({
    controleer: velden.controleer,
    verstuur: () =>
      mijnApi.vraagCorrectie({
        onderdeel: velden.waarden.onderdeel as CorrectieOnderdeel,
        gewenst: velden.waarden.gewenst.trim(),
        ...(velden.waarden.toelichting.trim() ? { toelichting: velden.waarden.toelichting.trim() } : {}),
      }),
    gelukt: () => {
      velden.herstel();
      setOpen(false);
      opgeslagen();
      return 'Uw verzoek is verstuurd. Een medewerker kijkt ernaar.';
    },
  });
  return (
    <section aria-labelledby="correctie-titel">
      <h2 id="correctie-titel">Klopt er iets niet?</h2>
      {versturen.gelukt && <Gelukt>{versturen.gelukt}</Gelukt>}
      {!open ? (
        <button type="button" className="knop" onClick={() => setOpen(true)}>
          Iets laten aanpassen
        </button>
      ) : (
        <form className="formulier" aria-labelledby="correctie-titel" onSubmit={versturen.onSubmit} noValidate>
          <Keuzelijst
            label="Wat klopt er niet?"
            {...velden.veld('onderdeel')}
            opties={CORRECTIE_ONDERDELEN.map((o) => ({ waarde: o, tekst: ONDERDEEL_NAMEN[o] }))}
          />
          <Tekstvak label="Wat moet het zijn?" required maxLength={500} {...velden.veld('gewenst')} />
          <Tekstvak label="Toelichting" hint="Niet verplicht." {...velden.veld('toelichting')} />
          <Probleem fout={versturen.fout} />
          <div className="mijn-knoppen">
            <button type="submit" className="knop" disabled={versturen.bezig}>
              Verzoek versturen
            </button>
            <button type="button" className="knop knop-licht" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
