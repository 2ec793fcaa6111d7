import { Tekstveld, Vinkje } from '../../../components/velden';
import type { Regelformulier } from '../../../components/formulier';
import type { IntakeInvoer } from '../../../rules/intake-regels';
import { anoniemMogelijk } from '../../../rules/intake-anoniem';

/**
 * At the Talentperron or an event a person may orient anonymously: the choice is offered only there. The form then
 * asks for a chosen name and, if the person wants, contact data; the identity follows later ("Identificeren").
 */
export function AnoniemKeuze({ formulier }: { formulier: Regelformulier<IntakeInvoer> }) {
  if (!anoniemMogelijk(formulier.waarden.kanaal)) return null;
  return (
    <Vinkje
      label="Anoniem oriënteren"
      hint="Alleen een zelfgekozen naam en, als de inwoner wil, contactgegevens. De inwoner krijgt wel een route; identificeren kan later."
      {...formulier.vinkje('anoniem')}
    />
  );
}

export function AnoniemVelden({ formulier }: { formulier: Regelformulier<IntakeInvoer> }) {
  const { veld } = formulier;
  return (
    <fieldset>
      <legend>Anonieme inwoner</legend>
      <Tekstveld
        label="Roepnaam"
        hint="De naam waarmee de inwoner aangesproken wil worden."
        required
        autoComplete="off"
        {...veld('roepnaam')}
      />
      <div className="rij">
        <Tekstveld label="E-mailadres" hint="Niet verplicht." type="email" autoComplete="off" {...veld('email')} />
        <Tekstveld label="Telefoonnummer" hint="Niet verplicht." type="tel" autoComplete="off" {...veld('telefoon')} />
      </div>
      <Tekstveld
        label="Gemeentecode"
        hint="Niet verplicht. Woongemeente als de inwoner die noemt, bijvoorbeeld GM0014."
        autoComplete="off"
        {...veld('gemeentecode')}
      />
    </fieldset>
  );
}
