import { isRealIsoDate } from '@wiz/contracts/browser';
import { werkgeversApi } from '../../api/client';
import { vandaag } from '../../components/opmaak';
import { Gelukt, Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { alsUren } from './opmaak';
import { Uitklap } from './uitklap';
import type { Keuze, Plaatsing, SroiDoelgroep } from './typen';

/** What a placement's actions are named after for screen readers. */
export const plaatsingNaam = (p: Plaatsing) => `${p.werkgeverNaam}, ${p.vacatureTitel ?? 'plaatsing'}`;

/** Confirms (or corrects) the SROI doelgroep: from then on the placement counts at that doelgroep's value. */
export function DoelgroepBevestigen({
  plaatsing,
  doelgroepen,
  klaar,
}: {
  plaatsing: Plaatsing;
  doelgroepen: Keuze[];
  klaar: () => void;
}) {
  const { waarden, veld, controleer } = useVelden({ sroiDoelgroep: plaatsing.sroiDoelgroep ?? '' }, (w): Veldfouten =>
    w.sroiDoelgroep ? {} : { sroiDoelgroep: 'Kies de situatie van de kandidaat.' },
  );
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/plaatsingen/{id}/sroi-doelgroep', {
        params: { path: { id: plaatsing.id } },
        body: { sroiDoelgroep: waarden.sroiDoelgroep as SroiDoelgroep },
      }),
    gelukt: klaar,
  });
  return (
    <Uitklap titel="Doelgroep bevestigen" onderwerp={plaatsingNaam(plaatsing)}>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Keuzelijst
          label="Situatie voor SROI"
          required
          opties={[{ waarde: '', tekst: 'Kies een situatie' }, ...doelgroepen]}
          {...veld('sroiDoelgroep')}
        />
        <Probleem fout={fout} veldnamen={{ sroiDoelgroep: 'Situatie voor SROI' }} />
        <button type="submit" className="knop" disabled={bezig}>
          Bevestigen
        </button>
      </form>
    </Uitklap>
  );
}

function urenRegels(w: { urenPerWeek: string; ingangsdatum: string }): Veldfouten {
  const uren = alsUren(w.urenPerWeek);
  return {
    ...(uren > 0 && uren <= 60
      ? {}
      : { urenPerWeek: 'Vul een aantal uren in tussen 0 en 60, bijvoorbeeld 24 of 25,5.' }),
    ...(isRealIsoDate(w.ingangsdatum) ? {} : { ingangsdatum: 'Vul een bestaande datum in.' }),
  };
}

/** More (or fewer) hours for someone working, from a date: the monitor counts more hours as a step forward. */
export function MeerUren({ plaatsing, klaar }: { plaatsing: Plaatsing; klaar: () => void }) {
  const { waarden, veld, controleer } = useVelden({ urenPerWeek: '', ingangsdatum: vandaag() }, urenRegels);
  const { bezig, fout, gelukt, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/plaatsingen/{id}/uren', {
        params: { path: { id: plaatsing.id } },
        body: { urenPerWeek: alsUren(waarden.urenPerWeek), ingangsdatum: waarden.ingangsdatum },
      }),
    gelukt: () => {
      klaar();
      return 'De nieuwe uren zijn vastgelegd.';
    },
  });
  return (
    <Uitklap titel="Meer uren" onderwerp={plaatsingNaam(plaatsing)}>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Tekstveld label="Nieuwe uren per week" required inputMode="decimal" {...veld('urenPerWeek')} />
        <Tekstveld label="Ingangsdatum" type="date" required {...veld('ingangsdatum')} />
        <Probleem fout={fout} veldnamen={{ urenPerWeek: 'Nieuwe uren per week', ingangsdatum: 'Ingangsdatum' }} />
        {gelukt && <Gelukt>{gelukt}</Gelukt>}
        <button type="submit" className="knop" disabled={bezig}>
          Uren vastleggen
        </button>
      </form>
    </Uitklap>
  );
}
