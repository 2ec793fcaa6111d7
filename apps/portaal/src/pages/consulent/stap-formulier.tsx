import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { STAPPEN, Stap } from '@wiz/contracts/browser';
import { Keuzelijst, Tekstvak } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { STAP_NAMEN } from './namen';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

/** Moves the traject to another step (forward, back or skipping), always with the reason. */
export function StapFormulier({ stand }: { stand: TrajectStand }) {
  const { huidigeStap } = stand.traject;
  const andere = STAPPEN.filter((s) => s !== huidigeStap);
  const [stap, setStap] = useState<Stap>(andere[0]);
  const [toelichting, setToelichting] = useState('');
  const actie = useTrajectWijziging(stand);
  const kies = andere.includes(stap) ? stap : andere[0];
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await actie.wijzig(
        (verzoek) => trajectenApi.POST('/trajecten/{id}/stappen', { ...verzoek, body: { stap: kies, toelichting } }),
        `Het traject staat nu in de stap ${STAP_NAMEN[kies]}.`,
      )
    )
      setToelichting('');
  };
  // actie.wijzig catches a refused change and shows it, so nobody needs to wait on the submit's promise.
  return (
    <form onSubmit={(e) => void verstuur(e)} className="formulier" aria-labelledby="stap-kop">
      <h3 id="stap-kop">Naar een andere stap</h3>
      <Keuzelijst
        label="Nieuwe stap"
        value={kies}
        onChange={(e) => setStap(e.target.value as Stap)}
        opties={andere.map((s) => ({ waarde: s, tekst: STAP_NAMEN[s] }))}
      />
      <Tekstvak
        label="Toelichting"
        hint="Waarom gaat het traject naar deze stap?"
        required
        maxLength={2000}
        value={toelichting}
        onChange={(e) => setToelichting(e.target.value)}
      />
      <ActieMelding {...actie} veldnamen={{ stap: 'Nieuwe stap', toelichting: 'Toelichting' }} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Stap wijzigen
        </button>
      </p>
    </form>
  );
}
