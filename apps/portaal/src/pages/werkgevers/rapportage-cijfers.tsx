import { FormEvent, useState } from 'react';
import { isRealIsoDate } from '@wiz/contracts/browser';
import { api, download } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, vandaag } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import type { Rapportage } from './typen';

const beginVanHetJaar = () => `${vandaag().slice(0, 4)}-01-01`;

/** The region's placements, SROI placements and afspraakbanen over a period (this year so far unless chosen). */
export function RapportageCijfers() {
  const [invoer, setInvoer] = useState({ van: beginVanHetJaar(), tot: vandaag() });
  const [periode, setPeriode] = useState(invoer);
  const [exportFout, setExportFout] = useState<Error>();
  const query = `van=${periode.van}&tot=${periode.tot}`;
  const cijfers = useLaden((signal) => api<Rapportage>('werkgevers', `/rapportage?${query}`, { signal }), [query]);
  const periodeFout = (d: string) => (isRealIsoDate(d) ? undefined : 'Vul een bestaande datum in.');
  const toon = (e: FormEvent) => {
    e.preventDefault();
    if (!periodeFout(invoer.van) && !periodeFout(invoer.tot)) setPeriode(invoer);
  };
  const r = cijfers.data;
  return (
    <section aria-labelledby="cijfers">
      <h2 id="cijfers">Cijfers over een periode</h2>
      <form className="formulier" onSubmit={toon} noValidate>
        <div className="rij">
          <Tekstveld label="Van" type="date" value={invoer.van} fout={periodeFout(invoer.van)} onChange={(e) => setInvoer({ ...invoer, van: e.target.value })} />
          <Tekstveld label="Tot en met" type="date" value={invoer.tot} fout={periodeFout(invoer.tot)} onChange={(e) => setInvoer({ ...invoer, tot: e.target.value })} />
        </div>
        <div className="acties">
          <button type="submit" className="knop">
            Toon cijfers
          </button>
          <button type="button" className="knop knop-licht" onClick={() => download('werkgevers', `/rapportage/export?${query}`, 'rapportage.xlsx').catch(setExportFout)}>
            Download als Excel
          </button>
        </div>
      </form>
      <Probleem fout={cijfers.fout ?? exportFout} veldnamen={{ van: 'Van', tot: 'Tot en met' }} />
      {cijfers.laden && <Bezig />}
      {r && (
        <div className="kaarten" role="group" aria-label={`Cijfers van ${alsDatum(r.van)} tot en met ${alsDatum(r.tot)}`}>
          <Kengetal titel="Plaatsingen" waarde={alsGetal(r.plaatsingen)} uitleg="Gestart in deze periode" />
          <Kengetal titel="SROI-plaatsingen" waarde={alsGetal(r.sroiPlaatsingen)} uitleg="Plaatsingen die meetellen voor een SROI-verplichting" />
          <Kengetal titel="Afspraakbanen" waarde={alsGetal(r.afspraakbanenCumulatief)} uitleg={`Mensen met een afspraakbaan op ${alsDatum(r.tot)}`} />
          <Kengetal titel="Afspraakbanen in banen van 25,5 uur" waarde={alsGetal(r.afspraakbaanEenheden)} uitleg="Zo telt de landelijke banenafspraak: uren tellen, niet alleen mensen" />
        </div>
      )}
    </section>
  );
}

function Kengetal({ titel, waarde, uitleg }: { titel: string; waarde: string; uitleg: string }) {
  return (
    <div className="kaart">
      <h3>{titel}</h3>
      <p className="kengetal">{waarde}</p>
      <p className="hint">{uitleg}</p>
    </div>
  );
}
