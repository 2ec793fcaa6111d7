import { werkgeversApi } from '../../api/client';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import type { Keuze, Vacature, VacatureStatus } from './typen';
import { Uitklap } from './uitklap';

export const VACATURE_STATUS_NAMEN: Record<VacatureStatus, string> = {
  open: 'Open',
  vervuld: 'Vervuld',
  ingetrokken: 'Ingetrokken',
};
export const VACATURE_STATUS_KEUZES: Keuze[] = Object.entries(VACATURE_STATUS_NAMEN).map(([waarde, tekst]) => ({
  waarde,
  tekst,
}));

/** "1 van 2 vervuld": the running placements on the vacancy against its places. */
export const bezetting = (v: Pick<Vacature, 'vervuld' | 'aantal'>) => `${v.vervuld} van ${v.aantal} vervuld`;

const VELDNAMEN = { status: 'Nieuwe status', reden: 'Reden' };

/**
 * Sets a vacancy open, vervuld or ingetrokken with an optional reason. Withdrawn, it takes no placements; it
 * becomes vervuld by itself when its places are taken, and the team reopens it here.
 */
export function StatusWijzigen({ vacature, klaar }: { vacature: Vacature; klaar: () => void }) {
  const anders = VACATURE_STATUS_KEUZES.filter((k) => k.waarde !== vacature.status);
  const { waarden, veld, controleer } = useVelden({ status: anders[0].waarde, reden: '' }, (w): Veldfouten =>
    w.reden.trim().length > 500 ? { reden: 'Gebruik voor de reden hoogstens 500 tekens.' } : {},
  );
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/vacatures/{id}/status', {
        params: { path: { id: vacature.id } },
        body: {
          status: waarden.status as VacatureStatus,
          ...(waarden.reden.trim() ? { reden: waarden.reden.trim() } : {}),
        },
      }),
    gelukt: klaar,
  });
  return (
    <Uitklap titel="Status wijzigen" onderwerp={vacature.titel}>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Keuzelijst label={VELDNAMEN.status} required opties={anders} {...veld('status')} />
        <Tekstveld label={VELDNAMEN.reden} hint="Niet verplicht, bijvoorbeeld: budget vervallen." {...veld('reden')} />
        <Probleem fout={fout} veldnamen={VELDNAMEN} />
        <button type="submit" className="knop" disabled={bezig}>
          Status opslaan
        </button>
      </form>
    </Uitklap>
  );
}
