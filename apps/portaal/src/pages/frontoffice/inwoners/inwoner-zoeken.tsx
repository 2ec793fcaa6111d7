import { useState } from 'react';
import { gegevens, intakeApi } from '../../../api/client';
import { useRegelformulier } from '../../../components/formulier';
import { Bezig } from '../../../components/pagina';
import { Probleem } from '../../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../../components/velden';
import { alsZoekvraag, legeZoekvraag, ZOEK_REGELS } from '../../../rules/zoek-regels';
import { Foutoverzicht } from '../formulier/foutoverzicht';
import { Gevonden, Zoekresultaat } from './zoekresultaat';

const ZOEKEN_OP = [
  { waarde: 'bsn', tekst: 'BSN' },
  { waarde: 'naam', tekst: 'Achternaam en geboortedatum' },
];

/**
 * Finding an inwoner at intake by BSN or by surname and birth date, and the people found, each linking to `naar`
 * their id. The BSN goes in the POST body only, so it never lands in an address, a history or a proxy log. Shared
 * by the front office's search and the privacy officer's Inzage page, so both follow the same rules.
 */
export function InwonerZoeken({ naar, label }: { naar: (inwonerId: string) => string; label?: string }) {
  const [gevonden, setGevonden] = useState<Gevonden[]>();
  const formulier = useRegelformulier(ZOEK_REGELS, legeZoekvraag(), async (waarden) => {
    setGevonden((await gegevens(intakeApi.POST('/inwoners/_zoek', { body: alsZoekvraag(waarden) }))).items);
  });
  const { veld, waarden } = formulier;

  return (
    <>
      <form className="formulier smal" noValidate onSubmit={formulier.onSubmit} aria-label={label}>
        <Foutoverzicht fouten={formulier.foutenlijst} poging={formulier.poging} />
        <Keuzelijst label="Zoeken op" opties={ZOEKEN_OP} {...veld('zoekenOp')} />
        {waarden.zoekenOp === 'bsn' ? (
          <Tekstveld label="BSN" hint="9 cijfers." inputMode="numeric" autoComplete="off" required {...veld('bsn')} />
        ) : (
          <>
            <Tekstveld label="Achternaam" autoComplete="off" required {...veld('achternaam')} />
            <Tekstveld
              label="Geboortedatum"
              hint="Dag-maand-jaar, bijvoorbeeld 31-12-1990."
              autoComplete="off"
              required
              {...veld('geboortedatum')}
            />
          </>
        )}
        <Probleem fout={formulier.fout} />
        <p>
          <button type="submit" className="knop" disabled={formulier.bezig}>
            Zoeken
          </button>
        </p>
      </form>
      {formulier.bezig && <Bezig tekst="Bezig met zoeken…" />}
      {gevonden && <Zoekresultaat gevonden={gevonden} naar={naar} />}
    </>
  );
}
