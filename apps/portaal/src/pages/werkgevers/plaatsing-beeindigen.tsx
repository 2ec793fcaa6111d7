import { isRealIsoDate } from '@wiz/contracts/browser';
import { werkgeversApi } from '../../api/client';
import { vandaag } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { plaatsingNaam } from './plaatsing-acties';
import type { Plaatsing } from './typen';
import { Uitklap } from './uitklap';

const VELDNAMEN = { einddatum: 'Einddatum', reden: 'Reden van beëindiging' };

function beeindigingsRegels(w: { einddatum: string; reden: string }): Veldfouten {
  return {
    ...(isRealIsoDate(w.einddatum) ? {} : { einddatum: 'Vul een bestaande datum in.' }),
    ...(w.reden.trim() ? {} : { reden: 'Vul de reden van beëindiging in.' }),
    ...(w.reden.trim().length > 200 ? { reden: 'Gebruik voor de reden hoogstens 200 tekens.' } : {}),
  };
}

/**
 * Ends a running placement on a date with a reason. The service refuses an end before the start (shown at the
 * field) or a placement that has ended already (shown by its problem type), each in Dutch.
 */
export function PlaatsingBeeindigen({ plaatsing, klaar }: { plaatsing: Plaatsing; klaar: () => void }) {
  const { waarden, veld, controleer } = useVelden({ einddatum: vandaag(), reden: '' }, beeindigingsRegels);
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/plaatsingen/{id}/beeindiging', {
        params: { path: { id: plaatsing.id } },
        body: { einddatum: waarden.einddatum, reden: waarden.reden.trim() },
      }),
    gelukt: klaar,
  });
  return (
    <Uitklap titel="Beëindigen" onderwerp={plaatsingNaam(plaatsing)}>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Tekstveld label={VELDNAMEN.einddatum} type="date" required {...veld('einddatum')} />
        <Tekstveld
          label={VELDNAMEN.reden}
          hint="Bijvoorbeeld: einde contract, proeftijd niet gehaald of een andere baan."
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
