import { FormEvent, useState } from 'react';
import { isRealIsoDate } from '@wiz/contracts/browser';
import { download, gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, vandaag } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import type { Rapportage } from './typen';

const tegenDoel = (doel: number | null) => (doel === null ? 'geen doel vastgesteld' : `doel ${alsGetal(doel)}`);

const beginVanHetJaar = () => `${vandaag().slice(0, 4)}-01-01`;

/** The region's placements, SROI placements and afspraakbanen over a period (this year so far unless chosen). */
export function RapportageCijfers() {
  const [invoer, setInvoer] = useState({ van: beginVanHetJaar(), tot: vandaag() });
  const [periode, setPeriode] = useState(invoer);
  const [exportFout, setExportFout] = useState<Error>();
  const cijfers = useLaden(
    (signal) => gegevens(werkgeversApi.GET('/rapportage', { params: { query: periode }, signal })),
    [periode],
  );
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
          <Tekstveld
            label="Van"
            type="date"
            value={invoer.van}
            fout={periodeFout(invoer.van)}
            onChange={(e) => setInvoer({ ...invoer, van: e.target.value })}
          />
          <Tekstveld
            label="Tot en met"
            type="date"
            value={invoer.tot}
            fout={periodeFout(invoer.tot)}
            onChange={(e) => setInvoer({ ...invoer, tot: e.target.value })}
          />
        </div>
        <div className="acties">
          <button type="submit" className="knop">
            Toon cijfers
          </button>
          <button
            type="button"
            className="knop knop-licht"
            onClick={() =>
              void download(
                werkgeversApi.GET('/rapportage/export', { params: { query: periode }, parseAs: 'blob' }),
                'rapportage.xlsx',
              ).catch(setExportFout)
            }
          >
            Download als Excel
          </button>
        </div>
      </form>
      <Probleem fout={cijfers.fout ?? exportFout} veldnamen={{ van: 'Van', tot: 'Tot en met' }} />
      {cijfers.laden && <Bezig />}
      {r && (
        <div
          className="kaarten"
          role="group"
          aria-label={`Cijfers van ${alsDatum(r.van)} tot en met ${alsDatum(r.tot)}`}
        >
          <Kengetal titel="Plaatsingen" waarde={alsGetal(r.plaatsingen)} uitleg="Gestart in deze periode" />
          <Kengetal
            titel="SROI-plaatsingen"
            waarde={alsGetal(r.sroiPlaatsingen)}
            uitleg="Plaatsingen die meetellen voor een SROI-verplichting"
          />
          {/* the contract requires only the three counts; the service sends these too, a client may not rely on it */}
          {r.afspraakbanen && r.afspraakbanenLopend && (
            <Afspraakbanen a={r.afspraakbanen} lopend={r.afspraakbanenLopend} tot={r.tot} />
          )}
        </div>
      )}
    </section>
  );
}

/**
 * The banenafspraak's count: a running total since the basisdatum (beginstand plus every afspraakbaan placement
 * started since, counted once even after it ends) against the target; the placements still running beside it.
 */
function Afspraakbanen({
  a,
  lopend,
  tot,
}: {
  a: NonNullable<Rapportage['afspraakbanen']>;
  lopend: NonNullable<Rapportage['afspraakbanenLopend']>;
  tot: Rapportage['tot'];
}) {
  return (
    <>
      <Kengetal
        titel="Afspraakbanen sinds de basisdatum"
        waarde={alsGetal(a.banen)}
        uitleg={`${tegenDoel(a.doel)}; sinds ${alsDatum(a.basisdatum)}, beginstand ${alsGetal(a.beginstand)} banen`}
      />
      <Kengetal
        titel="Afspraakbanen in eenheden van 25,5 uur"
        waarde={alsGetal(a.eenheden)}
        uitleg={`${tegenDoel(a.doelEenheden)}; beginstand ${alsGetal(a.beginstandEenheden)} eenheden. Zo telt de banenafspraak: uren tellen, niet alleen mensen`}
      />
      <Kengetal
        titel="Lopende afspraakbanen (oude telling)"
        waarde={alsGetal(lopend.banen)}
        uitleg={`Afspraakbaanplaatsingen die op ${alsDatum(tot)} nog lopen, ${alsGetal(lopend.eenheden)} eenheden`}
      />
    </>
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
