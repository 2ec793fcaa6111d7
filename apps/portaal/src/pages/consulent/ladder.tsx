import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { Keuzelijst } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { LADDER_NAMEN } from './namen';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

const trede = (n: number) => `${n}. ${LADDER_NAMEN[n]}`;

/** The participatieladder: where the person stands now (1–6), and a new measurement. */
export function Ladder({ stand }: { stand: TrajectStand }) {
  const huidig = stand.traject.participatieladder;
  const [nieuw, setNieuw] = useState(String(huidig ?? 1));
  const actie = useTrajectWijziging(stand);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.wijzig(
      (verzoek) =>
        trajectenApi.POST('/trajecten/{id}/participatieladder', { ...verzoek, body: { trede: Number(nieuw) } }),
      `De participatieladder staat nu op trede ${trede(Number(nieuw))}.`,
    );
  };
  return (
    <>
      <p>
        Huidige trede: <strong>{huidig ? trede(huidig) : 'nog niet vastgelegd'}</strong>
      </p>
      {stand.traject.status === 'actief' && (
        <form onSubmit={verstuur} className="formulier smal">
          <Keuzelijst
            label="Nieuwe trede"
            value={nieuw}
            onChange={(e) => setNieuw(e.target.value)}
            opties={[1, 2, 3, 4, 5, 6].map((n) => ({ waarde: String(n), tekst: trede(n) }))}
          />
          <ActieMelding {...actie} veldnamen={{ trede: 'Nieuwe trede' }} />
          <p>
            <button type="submit" className="knop" disabled={actie.bezig}>
              Trede vastleggen
            </button>
          </p>
        </form>
      )}
    </>
  );
}
