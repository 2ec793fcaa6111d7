import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { laadMedewerkers, medewerkerOpties } from '../teamleider/api';
import { ActieMelding } from './actie-melding';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

const VELDNAMEN = { consulent: 'Nieuwe consulent' };

/**
 * The team lead's reassignment: another active medewerker of the traject's organisation takes it over. Sent with
 * If-Match like every traject change, so a colleague's change in between gives the page's 412 message.
 */
export function Toewijzing({ stand }: { stand: TrajectStand }) {
  const { traject } = stand;
  const medewerkers = useLaden((signal) => laadMedewerkers(traject.organisatie, signal), [traject.organisatie]);
  const anderen = medewerkerOpties(medewerkers.data ?? []).filter((m) => m.waarde !== traject.consulent);
  const [gekozen, setGekozen] = useState('');
  const consulent = gekozen || anderen[0]?.waarde || '';
  const { wijzig, ...actie } = useTrajectWijziging(stand);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void wijzig(
      (verzoek) => trajectenApi.POST('/trajecten/{id}/toewijzing', { ...verzoek, body: { consulent } }),
      `Het traject is toegewezen aan ${consulent}.`,
    );
  };
  return (
    <>
      <p>
        Consulent: {traject.consulent ?? 'nog niet toegewezen'} · team {traject.team ?? 'geen'}
      </p>
      <Probleem fout={medewerkers.fout} />
      {!medewerkers.data ? (
        !medewerkers.fout && <Bezig />
      ) : anderen.length === 0 ? (
        <p>Er is geen andere actieve medewerker in deze organisatie om het traject aan toe te wijzen.</p>
      ) : (
        <form onSubmit={verstuur} className="formulier" aria-labelledby="toewijzen-kop">
          <h3 id="toewijzen-kop">Traject toewijzen</h3>
          <Keuzelijst
            label="Nieuwe consulent"
            value={consulent}
            onChange={(e) => setGekozen(e.target.value)}
            opties={anderen}
          />
          <ActieMelding {...actie} veldnamen={VELDNAMEN} />
          <p>
            <button type="submit" className="knop" disabled={actie.bezig}>
              Toewijzen
            </button>
          </p>
        </form>
      )}
    </>
  );
}
