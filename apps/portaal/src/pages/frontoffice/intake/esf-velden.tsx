import { Keuzelijst, Tekstveld } from '../../../components/velden';
import type { Regelformulier } from '../../../components/formulier';
import { GESLACHT_WAARDEN } from '../../../rules/intake-esf-regels';
import type { IntakeInvoer } from '../../../rules/intake-regels';
import { GESLACHT_NAMEN, OPLEIDINGSNIVEAU_NAMEN } from '../namen';

const NIET_GEVRAAGD = { waarde: '', tekst: 'Niet gevraagd' };
const JA_NEE = [NIET_GEVRAAGD, { waarde: 'ja', tekst: 'Ja' }, { waarde: 'nee', tekst: 'Nee' }];

const VRAGEN: {
  veld:
    | 'derdelander'
    | 'migratieachtergrond'
    | 'minderheid'
    | 'dakloos'
    | 'platteland'
    | 'ggzAchtergrond'
    | 'doelgroepregister';
  label: string;
  hint?: string;
}[] = [
  { veld: 'derdelander', label: 'Heeft geen nationaliteit van een EU-land' },
  { veld: 'migratieachtergrond', label: 'Heeft een migratieachtergrond' },
  { veld: 'minderheid', label: 'Hoort bij een minderheid' },
  { veld: 'dakloos', label: 'Is dakloos of heeft geen vaste woonplek' },
  { veld: 'platteland', label: 'Woont op het platteland', hint: 'In een dunbevolkt gebied.' },
  { veld: 'ggzAchtergrond', label: 'Heeft een GGZ-achtergrond' },
  {
    veld: 'doelgroepregister',
    label: 'Staat in het doelgroepregister van UWV',
    hint: 'Het register van de banenafspraak.',
  },
];

/**
 * The questions the ESF+ register and the target-group figures need. All optional: the inwoner may decline, and
 * an unanswered question only leaves that one figure incomplete. Intake keeps the answers; only categories leave it.
 */
export function EsfVelden({ formulier }: { formulier: Regelformulier<IntakeInvoer> }) {
  const { veld } = formulier;
  return (
    <fieldset>
      <legend>Voor de ESF+-rapportage (optioneel)</legend>
      <p className="hint">Deze vragen zijn niet verplicht. Vraag ze alleen als de inwoner ze wil beantwoorden.</p>
      <Keuzelijst
        label="Zoekt werk"
        hint="Alleen voor wie nu geen betaald werk heeft."
        opties={JA_NEE}
        {...veld('werkzoekend')}
      />
      {/* "Ingangsdatum", not "Uitkering sinds": a label with "Uitkering" in it would also answer to the benefit list's name. */}
      <div className="rij">
        <Tekstveld
          label="Zonder werk sinds"
          hint="Dag-maand-jaar. Leeg laten als het niet bekend is."
          autoComplete="off"
          {...veld('werkloosSinds')}
        />
        <Tekstveld
          label="Ingangsdatum"
          hint="Van de huidige uitkering, dag-maand-jaar."
          autoComplete="off"
          {...veld('uitkeringSinds')}
        />
      </div>
      <Keuzelijst
        label="Hoogst afgeronde opleiding"
        hint="Het niveau telt, ook voor een diploma uit het buitenland."
        opties={[NIET_GEVRAAGD, ...OPLEIDINGSNIVEAU_NAMEN.map((tekst, niveau) => ({ waarde: String(niveau), tekst }))]}
        {...veld('opleidingsniveau')}
      />
      <Keuzelijst
        label="Geslacht"
        opties={[NIET_GEVRAAGD, ...GESLACHT_WAARDEN.map((g) => ({ waarde: g, tekst: GESLACHT_NAMEN[g] }))]}
        {...veld('geslacht')}
      />
      {VRAGEN.map((v) => (
        <Keuzelijst key={v.veld} label={v.label} hint={v.hint} opties={JA_NEE} {...veld(v.veld)} />
      ))}
    </fieldset>
  );
}
