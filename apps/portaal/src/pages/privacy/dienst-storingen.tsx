import { Probleem } from '../../components/probleem';
import { type DienstAntwoord, DIENST_NAMEN } from './audit-api';

/**
 * Says which services did not answer, so a partial result is never taken for the whole: the table then lacks
 * what those services hold.
 */
export function DienstStoringen({ antwoorden }: { antwoorden: DienstAntwoord<unknown>[] }) {
  const mislukt = antwoorden.filter((a) => a.fout);
  if (!mislukt.length) return null;
  return (
    <div role="alert" className="melding melding-fout">
      <p className="melding-titel">Onvolledig: niet alle diensten gaven antwoord</p>
      <p>
        Het overzicht hieronder mist wat {mislukt.map((m) => DIENST_NAMEN[m.dienst]).join(' en ')} vastlegde. Probeer
        het later opnieuw.
      </p>
      {mislukt.map((m) => (
        <details key={m.dienst}>
          <summary>{DIENST_NAMEN[m.dienst]}</summary>
          <Probleem fout={m.fout} />
        </details>
      ))}
    </div>
  );
}
