import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { alsDatum } from '../../components/opmaak';
import { Keuzelijst, Tekstvak, Tekstveld, Vinkje } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, type Opvolging } from './api';
import { OPVOLGING_NAMEN } from './namen';
import { kalenderdag } from '@wiz/contracts/browser';

type Afsluitbaar = 'contactmoment' | 'stilstand';
const AFSLUITBAAR: Record<Afsluitbaar, string> = {
  contactmoment: OPVOLGING_NAMEN.contactmoment,
  stilstand: OPVOLGING_NAMEN.stilstand,
};
const isAfsluitbaar = (o: Opvolging) => o.soort in AFSLUITBAAR && (o.status === 'gepland' || o.status === 'open');
const morgen = () => kalenderdag(new Date(Date.now() + 86_400_000));
const UITLEG = { 409: 'Deze opvolging is intussen al afgesloten of vervallen. De lijst toont nu de nieuwste stand.' };
const VELDNAMEN = { uitkomst: 'Uitkomst', 'volgende.vervaldatum': 'Datum volgende opvolging' };

/** Closes a contact moment or stalled reminder with its outcome in words, and optionally plans the next one. */
export function OpvolgingAfsluiten({ opvolgingen, bijgewerkt }: { opvolgingen: Opvolging[]; bijgewerkt: () => void }) {
  const afsluitbaar = opvolgingen.filter(isAfsluitbaar);
  const [gekozen, kies] = useState('');
  const [uitkomst, setUitkomst] = useState('');
  const [volgende, setVolgende] = useState(false);
  const [soort, setSoort] = useState<Afsluitbaar>('contactmoment');
  const [datum, setDatum] = useState(morgen());
  const actie = useActie();
  const opvolging = afsluitbaar.find((o) => o.id === gekozen) ?? afsluitbaar[0];
  if (!opvolging) return <ActieMelding {...actie} />;
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(
      async () => {
        const body = {
          uitkomst,
          // nine in the morning, the consulent's time, on the chosen day
          ...(volgende ? { volgende: { soort, vervaldatum: new Date(`${datum}T09:00`).toISOString() } } : {}),
        };
        const antwoord = await trajectenApi
          .POST('/opvolgingen/{id}/afsluiting', { params: { path: { id: opvolging.id } }, body })
          .finally(bijgewerkt);
        setUitkomst('');
        const plan = antwoord.data?.volgende;
        return `${OPVOLGING_NAMEN[opvolging.soort]} is afgesloten.${plan ? ` Volgende: ${OPVOLGING_NAMEN[plan.soort].toLowerCase()} op ${alsDatum(plan.vervaldatum)}.` : ''}`;
      },
      (e) => inHetNederlands(e as Error, UITLEG),
    );
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="opvolging-afsluiten-kop">
      <h3 id="opvolging-afsluiten-kop">Opvolging afsluiten</h3>
      <Keuzelijst
        label="Opvolging"
        value={opvolging.id}
        onChange={(e) => kies(e.target.value)}
        opties={afsluitbaar.map((o) => ({
          waarde: o.id,
          tekst: `${OPVOLGING_NAMEN[o.soort]}, vervaldatum ${alsDatum(o.vervaldatum)}`,
        }))}
      />
      <Tekstvak
        label="Uitkomst"
        hint="Wat er uit het contact kwam. Wordt als tekst bewaard, precies zoals u het typt."
        required
        maxLength={2000}
        value={uitkomst}
        onChange={(e) => setUitkomst(e.target.value)}
      />
      <Vinkje label="Volgende opvolging plannen" checked={volgende} onChange={(e) => setVolgende(e.target.checked)} />
      {volgende && (
        <div className="rij">
          <Keuzelijst
            label="Soort volgende opvolging"
            value={soort}
            onChange={(e) => setSoort(e.target.value as Afsluitbaar)}
            opties={Object.entries(AFSLUITBAAR).map(([waarde, tekst]) => ({ waarde, tekst }))}
          />
          <Tekstveld
            label="Datum volgende opvolging"
            type="date"
            required
            min={morgen()}
            value={datum}
            onChange={(e) => setDatum(e.target.value)}
          />
        </div>
      )}
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Opvolging afsluiten
        </button>
      </p>
    </form>
  );
}
