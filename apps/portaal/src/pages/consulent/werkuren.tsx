import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { alsDatum, alsGetal, vandaag } from '../../components/opmaak';
import { Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import type { Traject } from './api';
import { TrajectStand, useTrajectWijziging } from './traject-wijziging';

type Werkurenwijziging = Traject['werkuren'][number];

const uren = (n: number) => `${alsGetal(n)} uur per week`;

/**
 * The working hours of someone already working outside a placement (an employee at risk, a zzp'er): what was
 * recorded, and a change. More hours counts as een stap vooruit; a placement's hours come from the employer team.
 */
export function Werkuren({ stand }: { stand: TrajectStand }) {
  const historie = stand.traject.werkuren ?? [];
  const laatste = historie.at(-1);
  // Kept here, so its message outlives the form, which starts afresh from each newly recorded change.
  const actie = useTrajectWijziging(stand);
  return (
    <>
      {historie.length === 0 ? <p>Er zijn nog geen werkuren vastgelegd.</p> : <WerkurenTabel historie={historie} />}
      {stand.traject.status === 'actief' && <WerkurenFormulier key={laatste?.id} laatste={laatste} actie={actie} />}
    </>
  );
}

function WerkurenTabel({ historie }: { historie: Werkurenwijziging[] }) {
  return (
    <div className="tabel-schuif">
      <table>
        <caption>Werkuren buiten een plaatsing</caption>
        <thead>
          <tr>
            <th scope="col">Vanaf</th>
            <th scope="col">Uren per week</th>
            <th scope="col">Daarvoor</th>
          </tr>
        </thead>
        <tbody>
          {historie.map((w) => (
            <tr key={w.id}>
              <td>{alsDatum(w.ingangsdatum)}</td>
              <td>{uren(w.urenPerWeek)}</td>
              <td>{uren(w.vorigeUrenPerWeek)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A change of hours. The first one a traject records asks for the hours before it; after that they are the newest
 * change's, shown, not asked (the service refuses a contradiction), and a change goes no earlier than that one.
 */
function WerkurenFormulier({
  laatste,
  actie,
}: {
  laatste: Werkurenwijziging | undefined;
  actie: ReturnType<typeof useTrajectWijziging>;
}) {
  const [nieuw, setNieuw] = useState('');
  const [vorige, setVorige] = useState('');
  const [ingangsdatum, setIngangsdatum] = useState(vandaag());
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const urenPerWeek = Number(nieuw);
    void actie.wijzig(
      (verzoek) =>
        trajectenApi.POST('/trajecten/{id}/werkuren', {
          ...verzoek,
          body: { urenPerWeek, ingangsdatum, ...(laatste ? {} : { vorigeUrenPerWeek: Number(vorige) }) },
        }),
      `De werkuren zijn vastgelegd: ${uren(urenPerWeek)} vanaf ${alsDatum(ingangsdatum)}.`,
    );
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="werkuren-kop" aria-describedby="werkuren-uitleg">
      <h3 id="werkuren-kop">Werkuren wijzigen</h3>
      <p id="werkuren-uitleg" className="hint">
        Voor wie al werkt, buiten een plaatsing (bijvoorbeeld een werkende met risico of een zzp&apos;er). Meer uren
        telt als een stap vooruit. De uren van een plaatsing legt het werkgeversteam vast.
      </p>
      {laatste && (
        <p>
          Daarvoor: {uren(laatste.urenPerWeek)} (vanaf {alsDatum(laatste.ingangsdatum)})
        </p>
      )}
      <div className="rij">
        {!laatste && <UrenVeld label="Uren per week daarvoor" waarde={vorige} zet={setVorige} />}
        <UrenVeld label="Nieuwe uren per week" waarde={nieuw} zet={setNieuw} />
        <Tekstveld
          label="Vanaf"
          type="date"
          required
          min={laatste?.ingangsdatum}
          max={vandaag()}
          value={ingangsdatum}
          onChange={(e) => setIngangsdatum(e.target.value)}
        />
      </div>
      <ActieMelding
        {...actie}
        veldnamen={{
          urenPerWeek: 'Nieuwe uren per week',
          vorigeUrenPerWeek: 'Uren per week daarvoor',
          ingangsdatum: 'Vanaf',
        }}
      />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Werkuren vastleggen
        </button>
      </p>
    </form>
  );
}

/** Hours a week as the API takes them: more than 0, at most 60, at most one decimal. */
function UrenVeld({ label, waarde, zet }: { label: string; waarde: string; zet: (waarde: string) => void }) {
  return (
    <Tekstveld
      label={label}
      type="number"
      inputMode="decimal"
      min={0.1}
      max={60}
      step={0.1}
      required
      value={waarde}
      onChange={(e) => zet(e.target.value)}
    />
  );
}
