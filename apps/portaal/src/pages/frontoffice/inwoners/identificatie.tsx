import { useNavigate } from 'react-router';
import { gegevens, intakeApi } from '../../../api/client';
import type { components } from '../../../api/generated/intake';
import { useRegelformulier } from '../../../components/formulier';
import { Bezig } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { alsIdentificatie, IDENTIFICATIE_REGELS, legeIdentificatie } from '../../../rules/identificatie-regels';
import { Foutoverzicht } from '../formulier/foutoverzicht';
import { InwonerVelden } from '../intake/inwoner-velden';

type Inwoner = components['schemas']['Inwoner'];

/**
 * Identifies a person who oriented anonymously. Intake merges the record into the inwoner it already knows (same
 * BSN, or same surname, birth date and postcode) or makes this record identified; either way the traject starts
 * now. The page then shows the person under the id intake answers.
 */
export function Identificatie({ inwoner, geidentificeerd }: { inwoner: Inwoner; geidentificeerd: () => void }) {
  const navigate = useNavigate();
  const formulier = useRegelformulier(IDENTIFICATIE_REGELS, legeIdentificatie(inwoner), async (invoer) => {
    const antwoord = await gegevens(
      intakeApi.POST('/inwoners/{inwonerId}/identificatie', {
        params: { path: { inwonerId: inwoner.id } },
        body: alsIdentificatie(invoer),
      }),
    );
    if (antwoord.inwonerId !== inwoner.id) void navigate(`/inwoners/${antwoord.inwonerId}`);
    else geidentificeerd();
  });
  return (
    <form className="formulier" noValidate onSubmit={formulier.onSubmit} aria-labelledby="identificeren-kop">
      <h2 id="identificeren-kop">Identificeren</h2>
      <p>
        Deze inwoner oriënteerde zich anoniem. Vul de gegevens in als de inwoner zich identificeert; is de inwoner al
        bekend, dan worden de inschrijvingen samengevoegd.
      </p>
      <Foutoverzicht fouten={formulier.foutenlijst} poging={formulier.poging} />
      <InwonerVelden formulier={formulier} />
      <Probleem fout={formulier.fout} />
      {formulier.bezig && <Bezig tekst="Bezig met identificeren…" />}
      <p>
        <button type="submit" className="knop" disabled={formulier.bezig}>
          Identificeren
        </button>
      </p>
    </form>
  );
}
