import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { gegevens, intakeApi } from '../../../api/client';
import { useLaden } from '../../../api/use-laden';
import { useActie } from '../../../components/formulier';
import { Bezig, Pagina } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { Tekstvak } from '../../../components/velden';
import { ActieMelding } from '../../consulent/actie-melding';
import { NaastElkaar } from './naast-elkaar';

const laadInwoner = (inwonerId: string, signal: AbortSignal) =>
  gegevens(intakeApi.GET('/inwoners/{inwonerId}', { params: { path: { inwonerId } }, signal }));

/**
 * /dubbelen/:a/:b: front office compares two records and merges them (choosing which one stays) or records that
 * they are different people. A merge cannot be undone, so it asks for confirmation and says what will happen.
 */
export function DubbelPaar() {
  const { a = '', b = '' } = useParams();
  const navigate = useNavigate();
  const paar = useLaden((signal) => Promise.all([laadInwoner(a, signal), laadInwoner(b, signal)]), [a, b]);
  const [blijft, setBlijft] = useState<'A' | 'B'>('A');
  const [reden, setReden] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const actie = useActie();
  const [behouden, vervallen] = blijft === 'A' ? [a, b] : [b, a];
  const terug = (melding: string) => void navigate('/dubbelen', { state: { melding } });

  const vraagBevestiging = (e: FormEvent) => {
    e.preventDefault();
    setBevestigen(true);
  };
  const voegSamen = () =>
    void actie.voer(async () => {
      await intakeApi.POST('/inwoners/{behoudenId}/samenvoegingen', {
        params: { path: { behoudenId: behouden } },
        body: { vervallenInwonerId: vervallen, reden },
      });
      terug(`De inschrijvingen zijn samengevoegd; inschrijving ${blijft} is gebleven.`);
    });
  const verschillend = () =>
    void actie.voer(async () => {
      await intakeApi.POST('/inwoners/{inwonerId}/verschillend', {
        params: { path: { inwonerId: a } },
        body: { anderInwonerId: b },
      });
      terug('Vastgelegd: dit zijn verschillende personen. Het paar wordt niet meer voorgesteld.');
    });

  return (
    <Pagina titel="Mogelijke dubbele inschrijving" acties={<Link to="/dubbelen">Terug naar de lijst</Link>}>
      <p className="hint">Het openen van deze gegevens wordt vastgelegd.</p>
      {paar.laden && !paar.data && <Bezig />}
      <Probleem fout={paar.fout} />
      {paar.data && (
        <>
          <NaastElkaar a={paar.data[0]} b={paar.data[1]} />
          <form onSubmit={vraagBevestiging} className="formulier" aria-labelledby="samenvoegen-kop">
            <h2 id="samenvoegen-kop">Samenvoegen</h2>
            <fieldset>
              <legend>Welke inschrijving blijft?</legend>
              {(['A', 'B'] as const).map((k) => (
                <div className="vinkje" key={k}>
                  <input
                    type="radio"
                    id={`blijft-${k}`}
                    name="blijft"
                    checked={blijft === k}
                    onChange={() => {
                      setBlijft(k);
                      setBevestigen(false);
                    }}
                  />
                  <label htmlFor={`blijft-${k}`}>Inschrijving {k} blijft</label>
                </div>
              ))}
            </fieldset>
            <Tekstvak
              label="Reden van het samenvoegen"
              required
              maxLength={1000}
              value={reden}
              onChange={(e) => setReden(e.target.value)}
            />
            {!bevestigen && (
              <p>
                <button type="submit" className="knop">
                  Samenvoegen…
                </button>
              </p>
            )}
          </form>
          {bevestigen && (
            <div className="melding melding-info" role="group" aria-labelledby="bevestig-kop">
              <p id="bevestig-kop" className="melding-titel">
                Inschrijving {blijft === 'A' ? 'B' : 'A'} samenvoegen met inschrijving {blijft}?
              </p>
              <p>
                Aanmeldingen, toestemmingen, identiteitscontroles en BSN gaan over naar inschrijving {blijft}. De andere
                inschrijving verwijst daarna naar deze persoon; alle diensten passen hun trajecten, plaatsingen en
                deelnames aan. Dit kan niet ongedaan worden gemaakt.
              </p>
              <p className="knoppen">
                <button type="button" className="knop" disabled={actie.bezig} onClick={voegSamen}>
                  Ja, samenvoegen
                </button>{' '}
                <button type="button" className="knop knop-licht" onClick={() => setBevestigen(false)}>
                  Annuleren
                </button>
              </p>
            </div>
          )}
          <section aria-labelledby="verschillend-kop">
            <h2 id="verschillend-kop">Geen dubbel</h2>
            <p>Zijn dit twee verschillende mensen? Dan wordt dit paar niet meer voorgesteld.</p>
            <button type="button" className="knop knop-licht" disabled={actie.bezig} onClick={verschillend}>
              Verschillende personen
            </button>
          </section>
          <ActieMelding {...actie} />
        </>
      )}
    </Pagina>
  );
}
