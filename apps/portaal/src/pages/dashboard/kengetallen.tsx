import { useId } from 'react';
import { alsDatum, alsGetal } from '../../components/opmaak';
import type { Monitor, Streefwaarde } from './monitor-api';

function Kengetal({ titel, waarde, uitleg, doel }: { titel: string; waarde: number; uitleg: string; doel?: string }) {
  const id = useId();
  return (
    <section className="kaart" aria-labelledby={id}>
      <h2 id={id}>{titel}</h2>
      <p className="kengetal">{alsGetal(waarde)}</p>
      {doel && <p className="streefwaarde">{doel}</p>}
      <p className="hint">{uitleg}</p>
    </section>
  );
}

/** "Streefwaarde 500 (vanaf 1 januari 2026)" beside a figure, when beheer set a target for it. */
const streefwaarde = (monitor: Monitor, sleutel: Streefwaarde['sleutel']) => {
  const s = monitor.streefwaarden?.find((w) => w.sleutel === sleutel);
  return s?.doel != null ? `Streefwaarde ${alsGetal(s.doel)} (vanaf ${alsDatum(s.geldigVanaf)})` : undefined;
};

/** The promise's progress and the headline figures of the chosen period and gemeente, with their targets. */
export function Kengetallen({ monitor }: { monitor: Monitor }) {
  const procent = Math.min(100, (monitor.inwonersEenStapVooruit / monitor.doel) * 100);
  const activiteiten = monitor.kansrijkOpleidenActiviteiten;
  return (
    <>
      <section className="kaart voortgang" aria-labelledby="voortgang-titel">
        <h2 id="voortgang-titel">Inwoners een stap vooruit</h2>
        <p className="kengetal">
          {alsGetal(monitor.inwonersEenStapVooruit)} <span className="van-doel">van {alsGetal(monitor.doel)}</span>
        </p>
        <progress
          max={monitor.doel}
          value={Math.min(monitor.inwonersEenStapVooruit, monitor.doel)}
          aria-labelledby="voortgang-titel"
          aria-describedby="voortgang-procent"
        />
        <p id="voortgang-procent" className="hint">
          {procent.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}% van de belofte “20.000 inwoners een stap
          vooruit” (2023–2027). Elke inwoner telt één keer, bij de eerste stap vooruit.
        </p>
      </section>
      <div className="kaarten">
        <Kengetal
          titel="Gestarte trajecten"
          waarde={monitor.gestarteTrajecten}
          uitleg="Trajecten die in deze periode begonnen."
        />
        <Kengetal
          titel="Kansrijk Opleiden"
          waarde={monitor.kansrijkOpleiden}
          doel={streefwaarde(monitor, 'kansrijk-opleiden')}
          uitleg={`Inwoners die een opleiding van Kansrijk Opleiden behaalden${activiteiten === undefined ? '' : `; ${alsGetal(activiteiten)} behaalde opleidingen (één inwoner kan er meer hebben)`}.`}
        />
        <Kengetal
          titel="Plaatsingen"
          waarde={monitor.plaatsingen}
          doel={streefwaarde(monitor, 'plaatsingen')}
          uitleg="Inwoners die aan het werk gingen."
        />
        <Kengetal
          titel="Duurzame plaatsingen"
          waarde={monitor.duurzamePlaatsingen}
          doel={streefwaarde(monitor, 'duurzame-plaatsingen')}
          uitleg="Na zes maanden nog in dienst, ten minste 24 uur per week."
        />
        {monitor.afspraakbanen && <AfspraakbanenKaart a={monitor.afspraakbanen} />}
      </div>
    </>
  );
}

/** The banenafspraak's running total since the basisdatum, in banen and 25.5-hour units, against the target. */
function AfspraakbanenKaart({ a }: { a: NonNullable<Monitor['afspraakbanen']> }) {
  const doel = [
    a.doel != null && `${alsGetal(a.doel)} banen`,
    a.doelEenheden != null && `${alsGetal(a.doelEenheden)} eenheden`,
  ]
    .filter(Boolean)
    .join(' en ');
  return (
    <Kengetal
      titel="Afspraakbanen"
      waarde={a.banen}
      doel={doel ? `Streefwaarde ${doel}` : undefined}
      uitleg={`${alsGetal(a.eenheden)} eenheden van 25,5 uur. Lopend totaal${a.basisdatum ? ` sinds ${alsDatum(a.basisdatum)}, beginstand ${alsGetal(a.beginstand)}` : ''}.`}
    />
  );
}
