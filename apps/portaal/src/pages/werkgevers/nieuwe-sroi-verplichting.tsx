import { useState } from 'react';
import { isRealIsoDate } from '@wiz/contracts/browser';
import { werkgeversApi } from '../../api/client';
import { Gelukt, Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { euroAlsCenten } from './opmaak';
import type { Werkgever } from './typen';

const LEEG = { werkgeverId: '', opdracht: '', opdrachtwaarde: '', percentage: '5', startdatum: '', einddatum: '' };
const VELDNAMEN = {
  werkgeverId: 'Opdrachtnemer',
  opdracht: 'Opdracht',
  opdrachtwaardeCenten: 'Opdrachtwaarde',
  percentage: 'Percentage',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
};

const alsPercentage = (tekst: string) =>
  /^\d{1,3}([.,]\d{1,2})?$/.test(tekst.trim()) ? Number(tekst.trim().replace(',', '.')) : NaN;

function regels(s: typeof LEEG) {
  const percentage = alsPercentage(s.percentage);
  const f: Veldfouten = {};
  if (!s.werkgeverId) f.werkgeverId = 'Kies de werkgever die de opdracht uitvoert.';
  if (!s.opdracht.trim()) f.opdracht = 'Vul in om welke opdracht het gaat.';
  if (euroAlsCenten(s.opdrachtwaarde) === undefined)
    f.opdrachtwaarde = 'Vul een bedrag in euro in, bijvoorbeeld 1.250.000 of 1250000,50.';
  if (!(percentage >= 0 && percentage <= 100))
    f.percentage = 'Vul een percentage in van 0 tot en met 100, met hoogstens 2 decimalen.';
  if (!isRealIsoDate(s.startdatum)) f.startdatum = 'Vul een bestaande datum in.';
  if (!isRealIsoDate(s.einddatum)) f.einddatum = 'Vul een bestaande datum in.';
  else if (s.einddatum < s.startdatum) f.einddatum = 'De einddatum mag niet voor de startdatum liggen.';
  return f;
}

/** Records the SROI obligation a supplier took on with a public contract. */
export function NieuweSroiVerplichting({
  werkgevers,
  toegevoegd,
}: {
  werkgevers: Werkgever[];
  toegevoegd: () => void;
}) {
  const { waarden: s, veld, controleer, herstel } = useVelden(LEEG, regels);
  const [opgeslagen, setOpgeslagen] = useState<string>();
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/sroi-verplichtingen', {
        body: {
          werkgeverId: s.werkgeverId,
          opdracht: s.opdracht.trim(),
          // regels checked it is an amount before anything is sent
          opdrachtwaardeCenten: euroAlsCenten(s.opdrachtwaarde)!,
          percentage: alsPercentage(s.percentage),
          startdatum: s.startdatum,
          einddatum: s.einddatum,
        },
      }),
    gelukt: () => {
      setOpgeslagen(s.opdracht.trim());
      herstel();
      toegevoegd();
    },
  });
  const keuzes = [
    { waarde: '', tekst: 'Kies een werkgever' },
    ...werkgevers.map((w) => ({ waarde: w.id, tekst: `${w.naam} (KvK ${w.kvkNummer})` })),
  ];
  return (
    <section aria-labelledby="nieuwe-sroi">
      <h2 id="nieuwe-sroi">SROI-verplichting toevoegen</h2>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <div className="rij">
          <Keuzelijst label="Opdrachtnemer" required opties={keuzes} {...veld('werkgeverId')} />
          <Tekstveld
            label="Opdracht"
            required
            hint="De overheidsopdracht, bijvoorbeeld Onderhoud wegen"
            {...veld('opdracht')}
          />
        </div>
        <div className="rij">
          <Tekstveld label="Opdrachtwaarde in euro" required inputMode="decimal" {...veld('opdrachtwaarde')} />
          <Tekstveld
            label="Percentage SROI"
            required
            inputMode="decimal"
            hint="Meestal 5 procent van de opdrachtwaarde"
            {...veld('percentage')}
          />
        </div>
        <div className="rij">
          <Tekstveld label="Startdatum" type="date" required {...veld('startdatum')} />
          <Tekstveld label="Einddatum" type="date" required {...veld('einddatum')} />
        </div>
        <Probleem fout={fout} veldnamen={VELDNAMEN} />
        {opgeslagen && !fout && <Gelukt>SROI-verplichting {opgeslagen} is toegevoegd.</Gelukt>}
        <div>
          <button type="submit" className="knop" disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'SROI-verplichting toevoegen'}
          </button>
        </div>
      </form>
    </section>
  );
}
