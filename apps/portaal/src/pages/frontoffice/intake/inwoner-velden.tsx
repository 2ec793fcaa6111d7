import { Tekstveld } from '../../../components/velden';
import type { IdentiteitInvoer } from '../../../rules/identificatie-regels';

/** A form holding a person's identity: the intake form, or the identification of an anonymous person. */
interface MetIdentiteit {
  veld: (naam: keyof IdentiteitInvoer) => {
    name: string;
    value: string;
    fout?: string;
    onChange: (e: { target: { value: string } }) => void;
    onBlur?: () => void;
  };
}

/** Who the inwoner is and how to reach them. Only the BSN, e-mail and phone number may stay empty. */
export function InwonerVelden({ formulier }: { formulier: MetIdentiteit }) {
  const { veld } = formulier;
  return (
    <fieldset>
      <legend>Gegevens van de inwoner</legend>
      <Tekstveld
        label="BSN"
        hint="Niet verplicht. Een BSN heeft 9 cijfers."
        inputMode="numeric"
        autoComplete="off"
        {...veld('bsn')}
      />
      <div className="rij">
        <Tekstveld label="Voornaam" required autoComplete="off" {...veld('voornaam')} />
        <Tekstveld label="Achternaam" required autoComplete="off" {...veld('achternaam')} />
      </div>
      <Tekstveld
        label="Geboortedatum"
        hint="Dag-maand-jaar, bijvoorbeeld 31-12-1990."
        required
        autoComplete="off"
        {...veld('geboortedatum')}
      />
      <div className="rij">
        <Tekstveld label="Postcode" hint="Bijvoorbeeld 9711 AB." required autoComplete="off" {...veld('postcode')} />
        <Tekstveld
          label="Huisnummer"
          hint="Bijvoorbeeld 12 of 12A."
          required
          autoComplete="off"
          {...veld('huisnummer')}
        />
        <Tekstveld
          label="Gemeentecode"
          hint="Woongemeente, bijvoorbeeld GM0014."
          required
          autoComplete="off"
          {...veld('gemeentecode')}
        />
      </div>
      <div className="rij">
        <Tekstveld label="E-mailadres" hint="Niet verplicht." type="email" autoComplete="off" {...veld('email')} />
        <Tekstveld label="Telefoonnummer" hint="Niet verplicht." type="tel" autoComplete="off" {...veld('telefoon')} />
      </div>
    </fieldset>
  );
}
