import { useState } from 'react';
import { download } from '../../api/client';
import { huidigToken, vergeetToken } from '../../auth/session';
import { useActie } from '../../components/formulier';
import { vandaag } from '../../components/opmaak';
import { Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { DienstStoringen } from '../privacy/dienst-storingen';
import type { DienstAntwoord } from '../privacy/audit-api';
import { type Export, mijnApi } from './api';

/** The JSON file: the four services' answers side by side, made in the browser so nothing is stored on the way. */
function alsBestand(antwoorden: DienstAntwoord<Export>[]): Blob {
  const inhoud = {
    gemaaktOp: new Date().toISOString(),
    uitleg:
      'Alle gegevens die Werk in Zicht over u heeft (AVG artikel 15), per dienst: waarvoor, op welke grond, met wie gedeeld en hoe lang bewaard.',
    diensten: antwoorden.flatMap((a) => (a.data ? [a.data] : [])),
    ontbreekt: antwoorden.filter((a) => a.fout).map((a) => a.dienst),
  };
  return new Blob([JSON.stringify(inhoud, null, 2)], { type: 'application/json' });
}

/** "Download uw gegevens": everything the four services hold about the caller, as JSON or as a PDF to read. */
export function Download() {
  const json = useActie();
  const pdf = useActie();
  const [storingen, setStoringen] = useState<DienstAntwoord<Export>[]>([]);
  const haalJson = () =>
    json.voer(async () => {
      const antwoorden = await mijnApi.exports(new AbortController().signal);
      setStoringen(antwoorden);
      if (antwoorden.every((a) => a.fout)) throw antwoorden[0].fout ?? new Error('Het downloaden is niet gelukt.');
      await download(
        Promise.resolve({ data: alsBestand(antwoorden), response: new Response() }),
        `mijn-gegevens-${vandaag()}.json`,
      );
      return 'Uw gegevens zijn gedownload (JSON).';
    });
  const haalPdf = () =>
    pdf.voer(async () => {
      const antwoord = await fetch('/portaal/mijn/gegevens.pdf', {
        headers: { Authorization: `Bearer ${huidigToken() ?? ''}`, Accept: 'application/pdf' },
      });
      // As every API answer: an expired session (inwoner sessions last 15 minutes) goes back to logging in.
      if (antwoord.status === 401) {
        vergeetToken();
        window.location.assign('/inloggen');
      }
      if (!antwoord.ok) throw new Error('Het maken van de PDF is niet gelukt. Probeer het later opnieuw.');
      await download(Promise.resolve({ data: await antwoord.blob(), response: antwoord }), 'mijn-gegevens.pdf');
      return 'Uw gegevens zijn gedownload (PDF).';
    });
  return (
    <Pagina titel="Download uw gegevens">
      <p>
        U mag weten welke gegevens wij van u hebben. Hier downloadt u ze allemaal. U ziet ook waarom wij ze hebben, met
        wie wij ze delen en hoe lang wij ze bewaren.
      </p>
      <section aria-labelledby="pdf-titel" className="kaart mijn-kaart">
        <h2 id="pdf-titel">Om te lezen (PDF)</h2>
        <p>Een overzicht dat u kunt lezen of printen.</p>
        <button type="button" className="knop" disabled={pdf.bezig} onClick={() => void haalPdf()}>
          Download als PDF
        </button>
        {pdf.bezig && <p role="status">De PDF wordt gemaakt…</p>}
        {pdf.gelukt && <Gelukt>{pdf.gelukt}</Gelukt>}
        <Probleem fout={pdf.fout} />
      </section>
      <section aria-labelledby="json-titel" className="kaart mijn-kaart">
        <h2 id="json-titel">Voor een computer (JSON)</h2>
        <p>Een bestand dat u in een ander programma kunt gebruiken.</p>
        <button type="button" className="knop" disabled={json.bezig} onClick={() => void haalJson()}>
          Download als JSON
        </button>
        {json.bezig && <p role="status">Uw gegevens worden opgehaald…</p>}
        {json.gelukt && <Gelukt>{json.gelukt}</Gelukt>}
        <Probleem fout={json.fout} />
        <DienstStoringen antwoorden={storingen} />
      </section>
    </Pagina>
  );
}
