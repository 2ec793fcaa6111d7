import { useId, useState } from 'react';
import { download } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { useActie } from '../../components/formulier';
import { Bezig, Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { alsDatum } from '../../components/opmaak';
import { organisatieTekst } from '../../auth/organisaties';
import { type MijnResultaat, mijnApi } from './api';

const SOORT_NAMEN: Record<MijnResultaat['soort'], string> = {
  opleiding: 'Opleiding of cursus',
  praktijkverklaring: 'Praktijkverklaring',
  plaatsing: 'Werk',
};

/** "Uw resultaten": what the inwoner achieved, each with a certificate (PDF) and digital proof an employer can check. */
export function Resultaten() {
  const resultaten = useLaden((signal) => mijnApi.resultaten(signal), []);
  return (
    <Pagina titel="Uw resultaten">
      <p>
        Hier staat wat u heeft behaald. U kunt een certificaat downloaden. Of u deelt een digitaal bewijs met een
        werkgever. Die kan dan zelf zien dat het echt is.
      </p>
      {resultaten.laden && !resultaten.data && <Bezig />}
      <Probleem fout={resultaten.fout} />
      {resultaten.data && !resultaten.data.items.length && <p>U heeft nog geen resultaten.</p>}
      {resultaten.data && resultaten.data.items.length > 0 && (
        <ul className="mijn-lijst" aria-label="Uw resultaten">
          {resultaten.data.items.map((r) => (
            <Resultaat key={r.id} resultaat={r} />
          ))}
        </ul>
      )}
    </Pagina>
  );
}

function Resultaat({ resultaat: r }: { resultaat: MijnResultaat }) {
  const kop = useId();
  const certificaat = useActie();
  const bewijs = useActie();
  const [credential, setCredential] = useState<string>();
  const [gekopieerd, setGekopieerd] = useState(false);
  const haalBewijs = () =>
    bewijs.voer(async () => {
      setCredential((await mijnApi.credential(r.id)).credential);
    });
  const kopieer = async () => {
    if (!credential) return;
    await navigator.clipboard.writeText(credential);
    setGekopieerd(true);
  };
  return (
    <li aria-labelledby={kop}>
      <h2 id={kop}>{r.omschrijving}</h2>
      <p>
        {SOORT_NAMEN[r.soort] ?? r.soort} · behaald op {alsDatum(r.behaaldOp)} · {organisatieTekst(r.organisatie)}
      </p>
      <div className="mijn-knoppen">
        <button
          type="button"
          className="knop"
          disabled={certificaat.bezig}
          aria-describedby={kop}
          onClick={() => void certificaat.voer(() => download(mijnApi.certificaat(r.id), 'certificaat.pdf'))}
        >
          Download certificaat (PDF)
        </button>
        {!credential && (
          <button
            type="button"
            className="knop knop-licht"
            disabled={bewijs.bezig}
            aria-describedby={kop}
            onClick={() => void haalBewijs()}
          >
            Digitaal bewijs
          </button>
        )}
      </div>
      {certificaat.bezig && <Bezig tekst="Het certificaat wordt gemaakt…" />}
      <Probleem fout={certificaat.fout ?? bewijs.fout} />
      {credential && (
        <div className="mijn-bewijs">
          <label htmlFor={`${kop}-bewijs`}>Digitaal bewijs voor {r.omschrijving}</label>
          <p className="hint" id={`${kop}-uitleg`}>
            Stuur dit naar een werkgever. Of stuur de link. Op de link ziet de werkgever of het bewijs echt is.
          </p>
          <textarea
            id={`${kop}-bewijs`}
            className="mijn-credential"
            readOnly
            rows={4}
            value={credential}
            aria-describedby={`${kop}-uitleg`}
          />
          <div className="mijn-knoppen">
            <button type="button" className="knop knop-licht" onClick={() => void kopieer().catch(() => undefined)}>
              Kopiëren
            </button>
            {/* The credential goes in the fragment: a browser never sends that part of a link to a server. */}
            <a className="knop knop-licht" href={`/verifieer#${credential}`}>
              Controleer of het echt is
            </a>
          </div>
          {gekopieerd && <Gelukt>Het bewijs is gekopieerd.</Gelukt>}
        </div>
      )}
    </li>
  );
}
