import { useState } from 'react';
import { TOESTEMMING_DOELEN, type ToestemmingDoel } from '@wiz/contracts/browser';
import { gegevens, intakeApi } from '../../../api/client';
import type { components } from '../../../api/generated/intake';
import { alsDatum } from '../../../components/opmaak';
import { Gelukt, Probleem } from '../../../components/probleem';
import { TOESTEMMING_NAMEN } from '../namen';

/**
 * The purposes staff record here on the inwoner's behalf. A consent for one vacancy names that vacancy, which this
 * page does not choose: the inwoner gives it on Mijn Werk in Zicht, where their own vacancies are listed.
 */
const DOELEN_AAN_DE_BALIE = TOESTEMMING_DOELEN.filter((doel) => doel !== 'profiel-delen-met-vacature');

/** One consent as the inwoner's page lists it (the answer to a change is one of these too). */
export type Toestemming = components['schemas']['Inwoner']['toestemmingen'][number];

/**
 * The inwoner decides who sees their data: per purpose the current consent, and a button to record or withdraw
 * it. The service's answer becomes the new state, so no extra (audited) read of the inwoner is needed.
 */
export function Toestemmingen({ inwonerId, begin }: { inwonerId: string; begin: readonly Toestemming[] }) {
  const [toestemmingen, setToestemmingen] = useState(begin);
  const [bezig, setBezig] = useState<ToestemmingDoel>();
  const [fout, setFout] = useState<Error>();
  const [gelukt, setGelukt] = useState<string>();

  async function wijzig(doel: ToestemmingDoel, gegeven: boolean) {
    setBezig(doel);
    setFout(undefined);
    setGelukt(undefined);
    try {
      const nieuw = await gegevens(
        intakeApi.PUT('/inwoners/{inwonerId}/toestemmingen/{doel}', {
          params: { path: { inwonerId, doel } },
          body: { gegeven },
        }),
      );
      setToestemmingen((huidig) => [...huidig.filter((t) => t.doel !== doel), nieuw]);
      setGelukt(`${TOESTEMMING_NAMEN[doel].naam}: toestemming ${gegeven ? 'vastgelegd' : 'ingetrokken'}.`);
    } catch (reden) {
      setFout(reden as Error);
    } finally {
      setBezig(undefined);
    }
  }

  return (
    <section aria-labelledby="toestemming-titel">
      <h2 id="toestemming-titel">Toestemming</h2>
      {DOELEN_AAN_DE_BALIE.map((doel) => {
        const huidig = toestemmingen.find((t) => t.doel === doel);
        const { naam, uitleg } = TOESTEMMING_NAMEN[doel];
        return (
          <div key={doel} className="kaart toestemming">
            <h3>{naam}</h3>
            <p>{uitleg}</p>
            <p>
              Status:{' '}
              {huidig?.gegeven ? (
                <span className="label label-gelukt">Gegeven op {alsDatum(huidig.gewijzigdOp)}</span>
              ) : (
                <span className="label">
                  {huidig ? `Ingetrokken op ${alsDatum(huidig.gewijzigdOp)}` : 'Niet gegeven'}
                </span>
              )}
            </p>
            <button
              type="button"
              className={huidig?.gegeven ? 'knop knop-licht' : 'knop'}
              disabled={bezig === doel}
              onClick={() => void wijzig(doel, !huidig?.gegeven)}
            >
              {huidig?.gegeven ? 'Toestemming intrekken' : 'Toestemming vastleggen'}
            </button>
          </div>
        );
      })}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
      <Probleem fout={fout} />
    </section>
  );
}
