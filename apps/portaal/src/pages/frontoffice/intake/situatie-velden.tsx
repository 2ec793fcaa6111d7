import { UITKERINGEN } from '@wiz/contracts/browser';
import { Keuzelijst, Tekstvak, Vinkje } from '../../../components/velden';
import type { Regelformulier } from '../../../components/formulier';
import type { IntakeInvoer } from '../../../rules/intake-regels';
import { PARTICIPATIELADDER_NAMEN, UITKERING_NAMEN } from '../namen';

const VINKJES: {
  veld: 'werkend' | 'zzp' | 'arbeidsbeperking' | 'statushouder' | 'startkwalificatie';
  label: string;
  hint?: string;
}[] = [
  { veld: 'werkend', label: 'Heeft betaald werk' },
  { veld: 'zzp', label: 'Is zelfstandige (zzp)' },
  { veld: 'arbeidsbeperking', label: 'Heeft een arbeidsbeperking' },
  { veld: 'statushouder', label: 'Is statushouder' },
  {
    veld: 'startkwalificatie',
    label: 'Heeft een startkwalificatie',
    hint: 'Een diploma op minimaal mbo-2, havo of vwo.',
  },
];

/** The inwoner's situation and question: what the route is chosen on. */
export function SituatieVelden({ formulier }: { formulier: Regelformulier<IntakeInvoer> }) {
  const { veld, vinkje } = formulier;
  return (
    <>
      <fieldset>
        <legend>Situatie</legend>
        <Keuzelijst
          label="Uitkering"
          required
          opties={[
            { waarde: '', tekst: 'Kies een uitkering' },
            ...UITKERINGEN.map((u) => ({ waarde: u, tekst: UITKERING_NAMEN[u] })),
          ]}
          {...veld('uitkering')}
        />
        {VINKJES.map((v) => (
          <Vinkje key={v.veld} label={v.label} hint={v.hint} {...vinkje(v.veld)} />
        ))}
        <Keuzelijst
          label="Participatieladder"
          hint="Niet verplicht. De trede die past bij de situatie van de inwoner nu."
          opties={[
            { waarde: '', tekst: 'Nog niet bekend' },
            ...PARTICIPATIELADDER_NAMEN.map((tekst, i) => ({ waarde: String(i + 1), tekst })),
          ]}
          {...veld('participatieladder')}
        />
      </fieldset>
      <Tekstvak
        label="Hulpvraag"
        hint="Waar wil de inwoner hulp bij? In eigen woorden."
        maxLength={4_000}
        {...veld('hulpvraag')}
      />
    </>
  );
}
