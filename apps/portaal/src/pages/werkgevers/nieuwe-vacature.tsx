import { useState } from 'react';
import { werkgeversApi } from '../../api/client';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstveld, Vinkje } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { alsUren } from './opmaak';
import { SkillsInvoer } from './skills-invoer';
import type { Keuze } from './typen';

const LEEG = { titel: '', urenPerWeek: '', aantal: '1', openHiring: false, geschiktVoorAfspraakbaan: false };
const VELDNAMEN = { titel: 'Titel', urenPerWeek: 'Uren per week', aantal: 'Aantal plaatsen', skills: 'Vaardigheden' };

function regels(v: typeof LEEG) {
  const uren = alsUren(v.urenPerWeek);
  const aantal = Number(v.aantal);
  const f: Veldfouten = {};
  if (!v.titel.trim()) f.titel = 'Vul de titel van de vacature in.';
  if (!(uren > 0 && uren <= 60)) f.urenPerWeek = 'Vul een aantal uren in tussen 0 en 60, bijvoorbeeld 24 of 25,5.';
  if (!(Number.isInteger(aantal) && aantal >= 1 && aantal <= 1000))
    f.aantal = 'Vul een heel aantal in van 1 tot en met 1000.';
  return f;
}

/** Adds a vacancy with skills in free text, the vocabulary as suggestions. */
export function NieuweVacature({
  werkgeverId,
  skills,
  toegevoegd,
}: {
  werkgeverId: string;
  skills: Keuze[];
  toegevoegd: () => void;
}) {
  const { waarden: v, veld, vinkje, controleer, herstel } = useVelden(LEEG, regels);
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [opgeslagen, setOpgeslagen] = useState<string>();
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi.POST('/werkgevers/{id}/vacatures', {
        params: { path: { id: werkgeverId } },
        body: {
          titel: v.titel.trim(),
          urenPerWeek: alsUren(v.urenPerWeek),
          aantal: Number(v.aantal),
          skills: gekozen,
          openHiring: v.openHiring,
          geschiktVoorAfspraakbaan: v.geschiktVoorAfspraakbaan,
        },
      }),
    gelukt: () => {
      setOpgeslagen(v.titel.trim());
      herstel();
      setGekozen([]);
      toegevoegd();
    },
  });
  return (
    <section aria-labelledby="nieuwe-vacature">
      <h2 id="nieuwe-vacature">Vacature toevoegen</h2>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <Tekstveld label="Titel" required {...veld('titel')} />
        <div className="rij">
          <Tekstveld
            label="Uren per week"
            required
            inputMode="decimal"
            hint="Bijvoorbeeld 24 of 25,5"
            {...veld('urenPerWeek')}
          />
          <Tekstveld label="Aantal plaatsen" required type="number" min={1} max={1000} {...veld('aantal')} />
        </div>
        <SkillsInvoer suggesties={skills} gekozen={gekozen} wijzig={setGekozen} />
        <Vinkje
          label="Open Hiring"
          hint="Wie zich aanmeldt, krijgt de baan: geen sollicitatiegesprek"
          {...vinkje('openHiring')}
        />
        <Vinkje
          label="Geschikt voor een afspraakbaan"
          hint="Voor mensen in het doelgroepregister van UWV"
          {...vinkje('geschiktVoorAfspraakbaan')}
        />
        <Probleem fout={fout} veldnamen={VELDNAMEN} />
        {opgeslagen && !fout && <Gelukt>Vacature {opgeslagen} is toegevoegd.</Gelukt>}
        <div>
          <button type="submit" className="knop" disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'Vacature toevoegen'}
          </button>
        </div>
      </form>
    </section>
  );
}
