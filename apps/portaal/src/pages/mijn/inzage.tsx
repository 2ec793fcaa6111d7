import { useState } from 'react';
import type { Dienst } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { alsDatum, vandaag } from '../../components/opmaak';
import { ROL_NAMEN } from '../../auth/claims';
import { organisatieTekst } from '../../auth/organisaties';
import { actieTekst, doelTekst } from '../privacy/audit-teksten';
import { DienstStoringen } from '../privacy/dienst-storingen';
import { DIENST_NAMEN, MAX_REGELS_PER_DIENST } from '../privacy/audit-api';
import { type Inzageregel, mijnApi, type Periode } from './api';

const rolNaam = (rol: string) => (ROL_NAMEN as Record<string, string>)[rol] ?? rol;
/** The action's text starts with a capital in the privacy officer's table; here it runs on inside a sentence. */
const klein = (tekst: string) => tekst.charAt(0).toLowerCase() + tekst.slice(1);

/** One read as a sentence: "Consulent J. de Vries, Gemeente Groningen: traject bekeken op 3 maart 2026." */
export function inzageZin(r: Inzageregel): string {
  const wie = [rolNaam(r.rol), r.naam].filter(Boolean).join(' ');
  return `${wie}, ${organisatieTekst(r.organisatie)}: ${klein(actieTekst(r.actie))} op ${alsDatum(r.op)}.`;
}

/** The programme started in 2023: no system of it read anyone's data before. */
const EERSTE_JAAR = 2023;

/** The periods to choose from: this year (the services' default), each earlier year, and all years at once. */
function periodes(ditJaar: number): { naam: string; periode: Periode }[] {
  const jaren = Array.from({ length: Math.max(0, ditJaar - EERSTE_JAAR) }, (_, i) => ditJaar - 1 - i);
  return [
    { naam: `Dit jaar (${ditJaar})`, periode: {} },
    ...jaren.map((jaar) => ({ naam: String(jaar), periode: { van: `${jaar}-01-01`, tot: `${jaar}-12-31` } })),
    { naam: 'Alle jaren', periode: { van: `${EERSTE_JAAR}-01-01` } },
  ];
}

/** "Wie heeft uw gegevens bekeken?": the four services' trails of the caller, merged, newest first, per period. */
export function Inzage() {
  const keuzes = periodes(Number(vandaag().slice(0, 4)));
  const [keuze, setKeuze] = useState(0);
  const { naam, periode } = keuzes[keuze];
  const antwoorden = useLaden((signal) => mijnApi.inzage(periode, signal), [keuze]);
  const regels = (antwoorden.data ?? [])
    .flatMap((a) => (a.data?.items ?? []).map((r) => ({ ...r, dienst: (r.dienst ?? a.dienst) as Dienst })))
    .sort((a, b) => Date.parse(b.op) - Date.parse(a.op));
  const meer = (antwoorden.data ?? []).some((a) => a.data && a.data.totaal > a.data.items.length);
  const wanneer = keuze === 0 ? 'dit jaar' : keuze === keuzes.length - 1 ? 'ooit' : `in ${naam}`;
  return (
    <Pagina titel="Wie heeft uw gegevens bekeken?">
      <p>
        Hier ziet u welke medewerkers uw gegevens hebben bekeken of veranderd. En waarom. Wat u zelf bekeek, staat hier
        niet.
      </p>
      <Keuzelijst
        label="Periode"
        value={String(keuze)}
        onChange={(e) => setKeuze(Number(e.target.value))}
        opties={keuzes.map((k, i) => ({ waarde: String(i), tekst: k.naam }))}
      />
      {antwoorden.laden && <Bezig />}
      <Probleem fout={antwoorden.fout} />
      {antwoorden.data && <DienstStoringen antwoorden={antwoorden.data} />}
      {antwoorden.data && !antwoorden.laden && !regels.length && <p>Niemand heeft {wanneer} uw gegevens bekeken.</p>}
      {meer && !antwoorden.laden && (
        <p>
          U ziet hieronder de laatste {MAX_REGELS_PER_DIENST.toLocaleString('nl-NL')} keer per onderdeel. Kies een
          kortere periode om de rest te zien.
        </p>
      )}
      {regels.length > 0 && !antwoorden.laden && (
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
