import { useId } from 'react';
import { alsGetal } from '../../components/opmaak';
import type { Monitor } from './monitor-api';

function Kengetal({ titel, waarde, uitleg }: { titel: string; waarde: number; uitleg: string }) {
  const id = useId();
  return (
    <section className="kaart" aria-labelledby={id}>
      <h2 id={id}>{titel}</h2>
      <p className="kengetal">{alsGetal(waarde)}</p>
      <p className="hint">{uitleg}</p>
    </section>
  );
}

/** The promise's progress and the headline figures of the chosen period and gemeente. */
export function Kengetallen({ monitor }: { monitor: Monitor }) {
  const procent = Math.min(100, (monitor.inwonersEenStapVooruit / monitor.doel) * 100);
  return (
    <>
      <section className="kaart voortgang" aria-labelledby="voortgang-titel">
        <h2 id="voortgang-titel">Inwoners een stap vooruit</h2>
        <p className="kengetal">
          {alsGetal(monitor.inwonersEenStapVooruit)} <span className="van-doel">van {alsGetal(monitor.doel)}</span>
        </p>
        <progress max={monitor.doel} value={Math.min(monitor.inwonersEenStapVooruit, monitor.doel)} aria-labelledby="voortgang-titel" aria-describedby="voortgang-procent" />
        <p id="voortgang-procent" className="hint">
          {procent.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}% van de belofte “20.000 inwoners een stap vooruit” (2023–2027). Elke inwoner telt één keer, bij de eerste stap vooruit.
        </p>
      </section>
      <div className="kaarten">
        <Kengetal titel="Gestarte trajecten" waarde={monitor.gestarteTrajecten} uitleg="Trajecten die in deze periode begonnen." />
        <Kengetal titel="Kansrijk Opleiden" waarde={monitor.kansrijkOpleiden} uitleg="Behaalde opleidingen van Kansrijk Opleiden." />
        <Kengetal titel="Plaatsingen" waarde={monitor.plaatsingen} uitleg="Inwoners die aan het werk gingen." />
        <Kengetal titel="Duurzame plaatsingen" waarde={monitor.duurzamePlaatsingen} uitleg="Na zes maanden nog in dienst, ten minste 24 uur per week." />
      </div>
    </>
  );
}
