import { useRef } from 'react';
import { GEMEENTECODE_PATTERN, KANALEN } from '@wiz/contracts/browser';
import { gegevens, intakeApi } from '../../../api/client';
import { useSessie } from '../../../auth/session';
import { useRegelformulier } from '../../../components/formulier';
import { Bezig } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { Keuzelijst } from '../../../components/velden';
import { alsAanmelding, INTAKE_REGELS, legeIntake } from '../../../rules/intake-regels';
import { Foutoverzicht } from '../formulier/foutoverzicht';
import { KANAAL_NAMEN } from '../namen';
import { isAnoniem } from '../../../rules/intake-anoniem';
import { AnoniemKeuze, AnoniemVelden } from './anoniem-velden';
import { EsfVelden } from './esf-velden';
import { InwonerVelden } from './inwoner-velden';
import type { Registratie } from './route-resultaat';
import { SituatieVelden } from './situatie-velden';

// A gemeente's front office usually registers its own inwoners; a regional desk (UWV, Talentperron) fills it in.
const gemeenteVan = (organisatie: string) => (GEMEENTECODE_PATTERN.test(organisatie) ? organisatie : '');

/**
 * Registers an aanmelding. Nothing is sent until every field passes the Dutch checks. A retry of the same
 * submission (same data, for example after a lost connection) carries the same Idempotency-Key, so the inwoner
 * is never registered twice; changed data is a new submission with a new key.
 */
export function IntakeFormulier({ onGeregistreerd }: { onGeregistreerd: (registratie: Registratie) => void }) {
  const { sessie } = useSessie();
  const inzending = useRef<{ body: string; sleutel: string }>(undefined);
  const formulier = useRegelformulier(
    INTAKE_REGELS,
    legeIntake(gemeenteVan(sessie?.organisatie ?? '')),
    async (invoer) => {
      const aanmelding = alsAanmelding(invoer);
      const body = JSON.stringify(aanmelding);
      if (inzending.current?.body !== body) inzending.current = { body, sleutel: crypto.randomUUID() };
      onGeregistreerd(
        await gegevens(
          intakeApi.POST('/aanmeldingen', {
            body: aanmelding,
            headers: { 'Idempotency-Key': inzending.current.sleutel },
          }),
        ),
      );
    },
  );

  return (
    <form className="formulier" noValidate onSubmit={formulier.onSubmit} aria-describedby="intake-uitleg">
      <p id="intake-uitleg">Iedereen die zich meldt, krijgt een route. Velden met (verplicht) moeten ingevuld zijn.</p>
      <Foutoverzicht fouten={formulier.foutenlijst} poging={formulier.poging} />
      <Keuzelijst
        label="Hoe meldt de inwoner zich?"
        required
        opties={KANALEN.map((k) => ({ waarde: k, tekst: KANAAL_NAMEN[k] }))}
        {...formulier.veld('kanaal')}
      />
      <AnoniemKeuze formulier={formulier} />
      {isAnoniem(formulier.waarden) ? <AnoniemVelden formulier={formulier} /> : <InwonerVelden formulier={formulier} />}
      <SituatieVelden formulier={formulier} />
      <EsfVelden formulier={formulier} />
      <Probleem fout={formulier.fout} />
      {formulier.bezig && <Bezig tekst="De aanmelding wordt verstuurd…" />}
      <p>
        <button type="submit" className="knop" disabled={formulier.bezig}>
          Aanmelding versturen
        </button>
      </p>
    </form>
  );
}
