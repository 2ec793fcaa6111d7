import { isRealIsoDate, type PlaatsingEindeReden } from '@wiz/contracts/browser';
import { werkgeversApi } from '../../api/client';
import { vandaag } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import { EINDE_REDEN_OPTIES } from '../../components/einde-redenen';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { plaatsingNaam } from './plaatsing-acties';
import type { Plaatsing } from './typen';
import { Uitklap } from './uitklap';

const VELDNAMEN = { einddatum: 'Einddatum', redenCode: 'Soort einde', reden: 'Reden van beëindiging' };

interface Beeindiging {
  einddatum: string;
  redenCode: PlaatsingEindeReden;
  reden: string;
}

function beeindigingsRegels(w: Beeindiging): Veldfouten {
  return {
    ...(isRealIsoDate(w.einddatum) ? {} : { einddatum: 'Vul een bestaande datum in.' }),
    ...(w.reden.trim() ? {} : { reden: 'Vul de reden van beëindiging in.' }),
    ...(w.reden.trim().length > 200 ? { reden: 'Gebruik voor de reden hoogstens 200 tekens.' } : {}),
  };
}

/**
 * Ends a running placement on a date with a reason: its kind (redenCode, the only part other services hear of) and
 * the team's own explanation, which stays in werkgevers. The service refuses an end before the start (shown at the
 * field) or a placement that has ended already (shown by its problem type), each in Dutch.
 */
export function PlaatsingBeeindigen({ plaatsing, klaar }: { plaatsing: Plaatsing; klaar: () => void }) {
  const { waarden, veld, controleer } = useVelden<Beeindiging>(
    { einddatum: vandaag(), redenCode: 'overig', reden: '' },
    beeindigingsRegels,
  );
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/plaatsingen/{id}/beeindiging', {
        params: { path: { id: plaatsing.id } },
        body: {
          einddatum: waarden.einddatum,
          redenCode: waarden.redenCode,
          reden: waarden.reden.trim(),
        },
      }),
    gelukt: klaar,
  });
  return (
    <Uitklap titel="Beëindigen" onderwerp={plaatsingNaam(plaatsing)}>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Tekstveld label={VELDNAMEN.einddatum} type="date" required {...veld('einddatum')} />
        <Keuzelijst label={VELDNAMEN.redenCode} required opties={EINDE_REDEN_OPTIES} {...veld('redenCode')} />
        <Tekstveld
          label={VELDNAMEN.reden}
          hint="Een korte toelichting; die blijft bij het werkgeversteam."
          required
          maxLength={200}
          {...veld('reden')}
        />
        <Probleem fout={fout} veldnamen={VELDNAMEN} />
        <button type="submit" className="knop" disabled={bezig}>
          Plaatsing beëindigen
        </button>
      </form>
    </Uitklap>
  );
}
