import type { Dienst } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { alsDatum } from '../../components/opmaak';
import { ROL_NAMEN } from '../../auth/claims';
import { organisatieTekst } from '../../auth/organisaties';
import { actieTekst, doelTekst } from '../privacy/audit-teksten';
import { DienstStoringen } from '../privacy/dienst-storingen';
import { DIENST_NAMEN } from '../privacy/audit-api';
import { type Inzageregel, mijnApi } from './api';

const rolNaam = (rol: string) => (ROL_NAMEN as Record<string, string>)[rol] ?? rol;
/** The action's text starts with a capital in the privacy officer's table; here it runs on inside a sentence. */
const klein = (tekst: string) => tekst.charAt(0).toLowerCase() + tekst.slice(1);

/** One read as a sentence: "Consulent J. de Vries, Gemeente Groningen: traject bekeken op 3 maart 2026." */
export function inzageZin(r: Inzageregel): string {
  const wie = [rolNaam(r.rol), r.naam].filter(Boolean).join(' ');
  return `${wie}, ${organisatieTekst(r.organisatie)}: ${klein(actieTekst(r.actie))} op ${alsDatum(r.op)}.`;
}

/** "Wie heeft uw gegevens bekeken?": the four services' trails of the caller, merged, newest first. */
export function Inzage() {
  const antwoorden = useLaden((signal) => mijnApi.inzage(signal), []);
  const regels = (antwoorden.data ?? [])
    .flatMap((a) => (a.data?.items ?? []).map((r) => ({ ...r, dienst: (r.dienst ?? a.dienst) as Dienst })))
    .sort((a, b) => Date.parse(b.op) - Date.parse(a.op));
  const meer = (antwoorden.data ?? []).some((a) => a.data && a.data.totaal > a.data.items.length);
  return (
    <Pagina titel="Wie heeft uw gegevens bekeken?">
      <p>
        Hier ziet u welke medewerkers dit jaar uw gegevens hebben bekeken of veranderd. En waarom. Wat u zelf bekeek,
        staat hier niet.
      </p>
      {antwoorden.laden && !antwoorden.data && <Bezig />}
      <Probleem fout={antwoorden.fout} />
      {antwoorden.data && <DienstStoringen antwoorden={antwoorden.data} />}
      {antwoorden.data && !regels.length && <p>Niemand heeft dit jaar uw gegevens bekeken.</p>}
      {meer && (
        <p>U ziet hieronder de laatste 200 keer per onderdeel. Wilt u alles zien? Neem dan contact met ons op.</p>
      )}
      {regels.length > 0 && (
        <ul className="mijn-lijst" aria-label="Wie uw gegevens bekeek">
          {regels.map((r, i) => (
            <li key={`${r.dienst}-${r.op}-${i}`}>
              <p>{inzageZin(r)}</p>
              <p className="hint">
                Waarom: {doelTekst(r.doel)}. Bij: {DIENST_NAMEN[r.dienst] ?? r.dienst}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </Pagina>
  );
}
