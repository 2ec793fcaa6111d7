import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isRealIsoDate } from '@wiz/contracts/browser';
import { gegevens, subsidiesApi } from '../../api/client';
import { useVelden, useVersturen } from '../../components/formulier';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { Samenstellen, Voortgang } from './samenstellen';
import { VELDNAMEN } from './teksten';
import type { Regeling } from './typen';
import { regelingOpties } from './use-regelingen';

type Veld = 'regelingCode' | 'periodeVan' | 'periodeTot';

function controles(w: Record<Veld, string>): Partial<Record<Veld, string>> {
  return {
    regelingCode: w.regelingCode ? undefined : 'Kies een regeling.',
    periodeVan: isRealIsoDate(w.periodeVan) ? undefined : 'Vul een bestaande begindatum in.',
    periodeTot: !isRealIsoDate(w.periodeTot)
      ? 'Vul een bestaande einddatum in.'
      : w.periodeTot < w.periodeVan
        ? 'De einddatum mag niet voor de begindatum liggen.'
        : undefined,
  };
}

/**
 * Compiles a claim over a scheme and period. A small claim comes back compiled (201); a large one is compiled as a
 * job (202) whose progress is shown until it is done. Either way the user then sees the claim.
 */
export function NieuweDeclaratie({ regelingen }: { regelingen: Regeling[] }) {
  const navigate = useNavigate();
  const {
    waarden: w,
    veld,
    controleer,
  } = useVelden<Record<Veld, string>>({ regelingCode: '', periodeVan: '', periodeTot: '' }, controles);
  const [job, setJob] = useState<string>();
  const toon = ({ id }: { id: string }) => void navigate(`/financien/declaraties/${id}`);
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () => gegevens(subsidiesApi.POST('/declaraties', { body: w })),
    gelukt: (d) => {
      if (d.status === 'in-bewerking') setJob(d.id);
      else toon(d);
    },
  });

  return (
    <form className="formulier financien-formulier" onSubmit={onSubmit} noValidate aria-labelledby="nieuwe-declaratie">
      <h2 id="nieuwe-declaratie">Nieuwe declaratie</h2>
      <Keuzelijst
        label="Regeling"
        required
        opties={[{ waarde: '', tekst: 'Kies een regeling' }, ...regelingOpties(regelingen)]}
        {...veld('regelingCode')}
      />
      <div className="rij">
        <Tekstveld label="Periode van" type="date" required {...veld('periodeVan')} />
        <Tekstveld label="Periode tot en met" type="date" required {...veld('periodeTot')} />
      </div>
      <Probleem fout={fout} veldnamen={VELDNAMEN} />
      {bezig && <Voortgang />}
      {job && <Samenstellen id={job} klaar={toon} />}
      <p>
        <button type="submit" className="knop" disabled={bezig || !!job}>
          Declaratie samenstellen
        </button>
      </p>
    </form>
  );
}
