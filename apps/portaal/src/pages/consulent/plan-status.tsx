import { FormEvent, useState } from 'react';
import { useActie } from '../../components/formulier';
import { Keuzelijst } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, type PlanStatus } from './api';
import { opties, PLAN_STATUS_NAMEN } from './namen';

const UITLEG = { 409: 'Het plan van een afgesloten traject kan niet meer veranderen.' };

/** Changes the status of a goal or an action; `label` names which one, for a screen reader among many. */
export function PlanStatusWijzigen({
  label,
  huidige,
  stuur,
}: {
  label: string;
  huidige: PlanStatus;
  stuur: (status: PlanStatus) => Promise<unknown>;
}) {
  const [status, setStatus] = useState(huidige);
  const actie = useActie();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(
      () => stuur(status).then(() => 'De status is opgeslagen.'),
      (f) => inHetNederlands(f as Error, UITLEG),
    );
  };
  return (
    <form onSubmit={onSubmit} className="rij">
      <Keuzelijst
        label={label}
        value={status}
        onChange={(e) => setStatus(e.target.value as PlanStatus)}
        opties={opties(PLAN_STATUS_NAMEN)}
      />
      <p>
        <button type="submit" className="knop knop-licht" disabled={actie.bezig || status === huidige}>
          Status opslaan
        </button>
      </p>
      <ActieMelding {...actie} />
    </form>
  );
}
