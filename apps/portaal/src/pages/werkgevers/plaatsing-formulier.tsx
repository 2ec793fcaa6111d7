import { useState } from 'react';
import { Link } from 'react-router';
import { isRealIsoDate } from '@wiz/contracts/browser';
import { ApiProblem, gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { vandaag } from '../../components/opmaak';
import { Gelukt, Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld, Vinkje } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { useKeuzelijsten } from './keuzelijsten';
import { alsUren, CONTRACTVORM_KEUZES } from './opmaak';
import type { Contractvorm, SroiDoelgroep, VacatureMetWerkgever } from './typen';

const VELDNAMEN = {
  startdatum: 'Startdatum',
  urenPerWeek: 'Uren per week',
  contractvorm: 'Contractvorm',
  sroiVerplichtingId: 'SROI-verplichting',
  sroiDoelgroep: 'Situatie voor SROI',
};

const beginVan = (vacature: VacatureMetWerkgever) => ({
  startdatum: vandaag(),
  urenPerWeek: String(vacature.urenPerWeek).replace('.', ','),
  contractvorm: 'vast',
  afspraakbaan: vacature.geschiktVoorAfspraakbaan,
  sroiVerplichtingId: '',
  sroiDoelgroep: '',
});

function regels(p: ReturnType<typeof beginVan>) {
  const uren = alsUren(p.urenPerWeek);
  const f: Veldfouten = {};
  if (!isRealIsoDate(p.startdatum)) f.startdatum = 'Vul een bestaande datum in.';
  if (!(uren > 0 && uren <= 60)) f.urenPerWeek = 'Vul een aantal uren in tussen 0 en 60, bijvoorbeeld 24 of 25,5.';
  return f;
}

/** Records a placement of a candidate on a vacancy, optionally counting toward one of the employer's SROI obligations. */
export function PlaatsingFormulier({ vacature, trajectId }: { vacature: VacatureMetWerkgever; trajectId: string }) {
  const { waarden: p, veld, vinkje, controleer } = useVelden(beginVan(vacature), regels);
  const verplichtingen = useLaden(
    (signal) =>
      gegevens(
        werkgeversApi.GET('/sroi-verplichtingen', { params: { query: { werkgeverId: vacature.werkgeverId } }, signal }),
      ),
    [vacature.werkgeverId],
  );
  const keuzelijsten = useKeuzelijsten();
  const [geplaatst, setGeplaatst] = useState(false);
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/plaatsingen', {
        body: {
          trajectId,
          werkgeverId: vacature.werkgeverId,
          vacatureId: vacature.id,
          startdatum: p.startdatum,
          urenPerWeek: alsUren(p.urenPerWeek),
          contractvorm: p.contractvorm as Contractvorm,
          afspraakbaan: p.afspraakbaan,
          // Without a chosen doelgroep the service derives it from the intake, or counts it as onbevestigd.
          ...(p.sroiVerplichtingId
            ? {
                sroiVerplichtingId: p.sroiVerplichtingId,
                ...(p.sroiDoelgroep ? { sroiDoelgroep: p.sroiDoelgroep as SroiDoelgroep } : {}),
              }
            : {}),
        },
      }),
    gelukt: () => setGeplaatst(true),
  });
  if (geplaatst) {
    return (
      <Gelukt>
        <p>De plaatsing is vastgelegd. De consulent krijgt over een half jaar een duurzaamheidscheck.</p>
        <p>
          <Link to={`/plaatsingen?werkgeverId=${vacature.werkgeverId}`}>
            Bekijk de plaatsingen bij {vacature.werkgeverNaam}
          </Link>
        </p>
      </Gelukt>
    );
  }
  const sroiKeuzes = [
    { waarde: '', tekst: 'Telt niet mee voor SROI' },
    ...(verplichtingen.data?.items ?? []).map((s) => ({ waarde: s.id, tekst: s.opdracht })),
  ];
  return (
    <form className="formulier" onSubmit={onSubmit} noValidate>
      <div className="rij">
        <Tekstveld label="Startdatum" type="date" required {...veld('startdatum')} />
        <Tekstveld label="Uren per week" required inputMode="decimal" {...veld('urenPerWeek')} />
        <Keuzelijst label="Contractvorm" required opties={CONTRACTVORM_KEUZES} {...veld('contractvorm')} />
      </div>
      <Vinkje
        label="Afspraakbaan"
        hint="De kandidaat staat in het doelgroepregister en de baan telt mee voor de banenafspraak"
        {...vinkje('afspraakbaan')}
      />
      <div className="rij">
        <Keuzelijst
          label="SROI-verplichting"
          hint="Niet verplicht"
          opties={sroiKeuzes}
          {...veld('sroiVerplichtingId')}
        />
        {p.sroiVerplichtingId && (
          <Keuzelijst
            label="Situatie voor SROI"
            hint="Onbekend: de situatie wordt afgeleid uit de intake; u kunt haar later bevestigen"
            opties={[
              { waarde: '', tekst: 'Onbekend (afleiden uit intake)' },
              ...(keuzelijsten.data?.sroiDoelgroepen ?? []),
            ]}
            {...veld('sroiDoelgroep')}
          />
        )}
      </div>
      {fout instanceof ApiProblem && fout.status === 409 ? (
        <div role="alert" className="melding melding-fout">
          <p className="melding-titel">Deze plaatsing is al vastgelegd.</p>
        </div>
      ) : (
        <Probleem fout={fout ?? verplichtingen.fout} veldnamen={VELDNAMEN} />
      )}
      <div>
        <button type="submit" className="knop" disabled={bezig}>
          {bezig ? 'Bezig met opslaan…' : 'Plaatsing vastleggen'}
        </button>
      </div>
    </form>
  );
}
