import { isRealIsoDate } from '@wiz/contracts/browser';
import { trajectenApi } from '../../api/client';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { Gelukt, Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { BEKENDE_GEMEENTEN } from '../dashboard/monitor-api';
import { STREEFWAARDE_NAMEN } from './api';

const LEEG = {
  sleutel: 'plaatsingen',
  gemeentecode: '',
  geldigVanaf: '',
  basisdatum: '',
  beginstand: '',
  beginstandEenheden: '',
  doel: '',
  doelEenheden: '',
};
type Invoer = typeof LEEG;
const VELDNAMEN = {
  sleutel: 'Cijfer',
  gemeentecode: 'Gebied',
  geldigVanaf: 'Geldig vanaf',
  basisdatum: 'Basisdatum',
  beginstand: 'Beginstand',
  beginstandEenheden: 'Beginstand in eenheden',
  doel: 'Doel',
  doelEenheden: 'Doel in eenheden',
};
const AANTALLEN = ['beginstand', 'beginstandEenheden', 'doel', 'doelEenheden'] as const;

/** "1.250" or "12,5" as a number; undefined when empty, NaN when it is no number (eenheden allow two decimals). */
function getal(tekst: string, decimalen: boolean): number | undefined {
  const t = tekst.trim().replace(/\.(?=\d{3}\b)/g, '');
  if (!t) return undefined;
  return (decimalen ? /^\d+(,\d{1,2})?$/ : /^\d+$/).test(t) ? Number(t.replace(',', '.')) : NaN;
}
const waarde = (w: Invoer, veld: (typeof AANTALLEN)[number]) => getal(w[veld], veld.endsWith('Eenheden'));
// 25.5-hour units exist only for afspraakbanen: for another figure those fields are hidden and not sent.
const aantallen = (w: Invoer) => AANTALLEN.filter((v) => w.sleutel === 'afspraakbanen' || !v.endsWith('Eenheden'));

function regels(w: Invoer): Veldfouten {
  const f: Veldfouten = {};
  for (const veld of aantallen(w))
    if (Number.isNaN(waarde(w, veld)))
      f[veld] = veld.endsWith('Eenheden')
        ? 'Vul een aantal eenheden in, zoals 12 of 12,5.'
        : 'Vul een heel aantal in, zoals 500.';
  if (!isRealIsoDate(w.geldigVanaf)) f.geldigVanaf = 'Vul een bestaande datum in.';
  if (w.basisdatum && !isRealIsoDate(w.basisdatum)) f.basisdatum = 'Vul een bestaande datum in, of laat dit veld leeg.';
  if (aantallen(w).every((v) => waarde(w, v) === undefined)) f.doel = 'Vul een doel in, een beginstand, of beide.';
  if (aantallen(w).some((v) => v.startsWith('beginstand') && w[v].trim()) && !w.basisdatum)
    f.basisdatum = 'Een beginstand hoort bij een basisdatum: vul die in.';
  if (w.basisdatum.trim() && !aantallen(w).some((v) => v.startsWith('beginstand') && w[v].trim()))
    f.beginstand = 'Een basisdatum hoort bij een beginstand: vul die in, of laat de basisdatum leeg.';
  // The API's rule: an afspraakbanen balance in heads and in units together, or the other counts from 0.
  if (w.sleutel === 'afspraakbanen' && !w.beginstand.trim() !== !w.beginstandEenheden.trim())
    f.beginstandEenheden = 'Vul de beginstand in banen én in eenheden in, of geen van beide.';
  return f;
}

/** Beheer sets a target and/or starting balance for a monitor figure, from a date; the history keeps the older ones. */
export function StreefwaardeFormulier({ opgeslagen }: { opgeslagen: () => void }) {
  const { waarden: w, veld, controleer, herstel } = useVelden(LEEG, regels);
  const eenheden = w.sleutel === 'afspraakbanen';
  const { bezig, fout, gelukt, onSubmit } = useVersturen({
    controleer,
    verstuur: () => {
      const gegeven = Object.fromEntries(
        aantallen(w)
          .map((v) => [v, waarde(w, v)])
          .filter(([, n]) => n !== undefined),
      );
      return trajectenApi.POST('/streefwaarden', {
        body: {
          sleutel: w.sleutel,
          geldigVanaf: w.geldigVanaf,
          ...(w.gemeentecode ? { gemeentecode: w.gemeentecode } : {}),
          ...(w.basisdatum ? { basisdatum: w.basisdatum } : {}),
          ...gegeven,
        },
      });
    },
    gelukt: () => {
      herstel();
      opgeslagen();
      return `De streefwaarde voor ${STREEFWAARDE_NAMEN[w.sleutel as keyof typeof STREEFWAARDE_NAMEN]} is vastgesteld.`;
    },
  });
  return (
    <form className="formulier" onSubmit={onSubmit} noValidate aria-labelledby="streefwaarde-vaststellen">
      <h2 id="streefwaarde-vaststellen">Streefwaarde vaststellen</h2>
      <div className="rij">
        <Keuzelijst
          label="Cijfer"
          required
          opties={Object.entries(STREEFWAARDE_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))}
          {...veld('sleutel')}
        />
        <Keuzelijst
          label="Gebied"
          opties={[{ waarde: '', tekst: 'De hele regio' }, ...BEKENDE_GEMEENTEN]}
          {...veld('gemeentecode')}
        />
        <Tekstveld label="Geldig vanaf" type="date" required {...veld('geldigVanaf')} />
      </div>
      <div className="rij">
        <Tekstveld label="Doel" inputMode="numeric" {...veld('doel')} />
        {eenheden && (
          <Tekstveld
            label="Doel in eenheden"
            inputMode="decimal"
            hint="Eenheden van 25,5 uur per week"
            {...veld('doelEenheden')}
          />
        )}
      </div>
      <div className="rij">
        <Tekstveld label="Beginstand" inputMode="numeric" {...veld('beginstand')} />
        {eenheden && <Tekstveld label="Beginstand in eenheden" inputMode="decimal" {...veld('beginstandEenheden')} />}
        <Tekstveld label="Basisdatum" type="date" hint="De dag waarop de beginstand stond" {...veld('basisdatum')} />
      </div>
      <p className="hint">
        Wat u leeg laat (het doel, of de beginstand met de basisdatum) blijft zoals het op die datum gold.
      </p>
      <Probleem fout={fout} veldnamen={VELDNAMEN} />
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
      <p>
        <button type="submit" className="knop" disabled={bezig}>
          Streefwaarde vaststellen
        </button>
      </p>
    </form>
  );
}
