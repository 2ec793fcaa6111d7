import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { ActiviteitResultaat, ActiviteitSoort } from '@wiz/contracts/browser';
import { alsDatum, vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { ACTIVITEIT_NAMEN, opties, RESULTAAT_NAMEN } from './namen';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

/** Starts an activity (Kansrijk Opleiden, werkfit, …) in the traject. */
export function NieuweActiviteit({ stand }: { stand: TrajectStand }) {
  const [soort, setSoort] = useState<ActiviteitSoort>('kansrijk-opleiden');
  const [startdatum, setStartdatum] = useState(vandaag());
  const actie = useTrajectWijziging(stand);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.wijzig(
      (verzoek) => trajectenApi.POST('/trajecten/{id}/activiteiten', { ...verzoek, body: { soort, startdatum } }),
      `De activiteit ${ACTIVITEIT_NAMEN[soort]} is toegevoegd.`,
    );
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="activiteit-kop">
      <h3 id="activiteit-kop">Activiteit toevoegen</h3>
      <div className="rij">
        <Keuzelijst
          label="Soort activiteit"
          value={soort}
          onChange={(e) => setSoort(e.target.value as ActiviteitSoort)}
          opties={opties(ACTIVITEIT_NAMEN)}
        />
        <Tekstveld
          label="Startdatum"
          type="date"
          required
          value={startdatum}
          onChange={(e) => setStartdatum(e.target.value)}
        />
      </div>
      <ActieMelding {...actie} veldnamen={{ soort: 'Soort activiteit', startdatum: 'Startdatum' }} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Activiteit toevoegen
        </button>
      </p>
    </form>
  );
}

/** Completes one of the running activities with its result; shown only while one is running. */
export function ActiviteitAfronden({ stand }: { stand: TrajectStand }) {
  const lopend = stand.traject.activiteiten.filter((a) => !a.resultaat);
  const [gekozen, setGekozen] = useState('');
  const [resultaat, setResultaat] = useState<ActiviteitResultaat>('behaald');
  const [datum, setDatum] = useState(vandaag());
  const actie = useTrajectWijziging(stand);
  const activiteit = lopend.find((a) => a.id === gekozen) ?? lopend[0];
  if (!activiteit) return actie.gelukt ? <ActieMelding {...actie} /> : null;
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.wijzig(
      ({ params }) =>
        trajectenApi.POST('/trajecten/{id}/activiteiten/{activiteitId}/afronding', {
          params: { ...params, path: { ...params.path, activiteitId: activiteit.id } },
          body: { resultaat, datum },
        }),
      `${ACTIVITEIT_NAMEN[activiteit.soort]} is afgerond: ${RESULTAAT_NAMEN[resultaat].toLowerCase()}.`,
    );
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="afronden-kop">
      <h3 id="afronden-kop">Activiteit afronden</h3>
      <Keuzelijst
        label="Activiteit"
        value={activiteit.id}
        onChange={(e) => setGekozen(e.target.value)}
        opties={lopend.map((a) => ({
          waarde: a.id,
          tekst: `${ACTIVITEIT_NAMEN[a.soort]}, gestart op ${alsDatum(a.startdatum)}`,
        }))}
      />
      <div className="rij">
        <Keuzelijst
          label="Resultaat"
          value={resultaat}
          onChange={(e) => setResultaat(e.target.value as ActiviteitResultaat)}
          opties={opties(RESULTAAT_NAMEN)}
        />
        <Tekstveld
          label="Datum afgerond"
          type="date"
          required
          value={datum}
          onChange={(e) => setDatum(e.target.value)}
        />
      </div>
      <ActieMelding {...actie} veldnamen={{ resultaat: 'Resultaat', datum: 'Datum afgerond' }} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Activiteit afronden
        </button>
      </p>
    </form>
  );
}
