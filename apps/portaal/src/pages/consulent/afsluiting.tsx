import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { AfsluitReden } from '@wiz/contracts/browser';
import { alsDatum, vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { AFSLUIT_NAMEN, opties } from './namen';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

/** Closes the traject with a reason; a closed traject shows why and when. */
export function Afsluiting({ stand }: { stand: TrajectStand }) {
  const [reden, setReden] = useState<AfsluitReden>('werk');
  const [datum, setDatum] = useState(vandaag());
  const actie = useTrajectWijziging(stand);
  const { afsluiting } = stand.traject;
  if (afsluiting)
    return (
      <>
        <ActieMelding {...actie} />
        <p>
          Dit traject is afgesloten op {alsDatum(afsluiting.datum)}. Reden:{' '}
          {/* the service's schema gives the reason as text; a reason this page has no name for shows as it is */}
          {AFSLUIT_NAMEN[afsluiting.reden as AfsluitReden] ?? afsluiting.reden}.
        </p>
      </>
    );
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.wijzig(
      (verzoek) => trajectenApi.POST('/trajecten/{id}/afsluiting', { ...verzoek, body: { reden, datum } }),
      'Het traject is afgesloten.',
    );
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-describedby="afsluiting-uitleg">
      <p id="afsluiting-uitleg" className="hint">
        Na het afsluiten kunt u niets meer wijzigen in dit traject. Een duurzaamheidscheck van een plaatsing blijft
        staan.
      </p>
      <div className="rij">
        <Keuzelijst
          label="Reden van afsluiten"
          value={reden}
          onChange={(e) => setReden(e.target.value as AfsluitReden)}
          opties={opties(AFSLUIT_NAMEN)}
        />
        <Tekstveld
          label="Datum van afsluiten"
          type="date"
          required
          value={datum}
          onChange={(e) => setDatum(e.target.value)}
        />
      </div>
      <ActieMelding {...actie} veldnamen={{ reden: 'Reden van afsluiten', datum: 'Datum van afsluiten' }} />
      <p>
        <button type="submit" className="knop knop-gevaar" disabled={actie.bezig}>
          Traject afsluiten
        </button>
      </p>
    </form>
  );
}
