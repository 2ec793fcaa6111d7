import { GEMEENTECODE_PATTERN, isRealIsoDate, isRegelingCode } from '@wiz/contracts/browser';
import { subsidiesApi } from '../../api/client';
import { useVelden, useVersturen } from '../../components/formulier';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { alsPercentage } from './bedrag';
import { VELDNAMEN } from './teksten';

const LEEG = {
  code: '',
  naam: '',
  startdatum: '',
  einddatum: '',
  gemeentecodes: '',
  cofinancieringspercentage: '',
  flatRatePercentage: '',
};
type Veld = keyof typeof LEEG;

const gemeentecodes = (tekst: string) =>
  tekst
    .toUpperCase()
    .split(/[\s,;]+/)
    .filter(Boolean);

function controles(w: Record<Veld, string>): Partial<Record<Veld, string>> {
  const cofinanciering = alsPercentage(w.cofinancieringspercentage);
  const flatRate = alsPercentage(w.flatRatePercentage);
  const codes = gemeentecodes(w.gemeentecodes);
  return {
    code: isRegelingCode(w.code)
      ? undefined
      : 'Vul een code in van hoofdletters, cijfers of streepjes, zoals JTF of NPG.',
    naam: w.naam.trim() ? undefined : 'Vul de naam van de regeling in.',
    startdatum: isRealIsoDate(w.startdatum) ? undefined : 'Vul een bestaande startdatum in.',
    einddatum: !isRealIsoDate(w.einddatum)
      ? 'Vul een bestaande einddatum in.'
      : w.einddatum < w.startdatum
        ? 'De einddatum mag niet voor de startdatum liggen.'
        : undefined,
    gemeentecodes:
      codes.length > 0 && codes.every((c) => GEMEENTECODE_PATTERN.test(c))
        ? undefined
        : 'Vul een of meer CBS-gemeentecodes in, zoals GM0014.',
    cofinancieringspercentage:
      cofinanciering !== undefined && cofinanciering <= 100
        ? undefined
        : 'Vul een percentage in van 0 tot en met 100, met hoogstens 2 decimalen.',
    flatRatePercentage:
      !w.flatRatePercentage.trim() || (flatRate !== undefined && flatRate <= 40)
        ? undefined
        : 'Vul een percentage in van 0 tot en met 40, of laat dit veld leeg.',
  };
}

/** Records a new scheme (JTF, NPG, …); the page's list reloads once it is stored. */
export function RegelingFormulier({ opgeslagen }: { opgeslagen: () => void }) {
  const { waarden: w, veld, controleer, herstel } = useVelden(LEEG, controles);
  const { bezig, fout, gelukt, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      subsidiesApi.POST('/regelingen', {
        body: {
          code: w.code,
          naam: w.naam.trim(),
          startdatum: w.startdatum,
          einddatum: w.einddatum,
          gemeentecodes: gemeentecodes(w.gemeentecodes),
          // controles checked it is a percentage before anything is sent
          cofinancieringspercentage: alsPercentage(w.cofinancieringspercentage)!,
          ...(w.flatRatePercentage.trim() ? { flatRatePercentage: alsPercentage(w.flatRatePercentage) } : {}),
        },
      }),
    gelukt: () => {
      herstel();
      opgeslagen();
      return `Regeling ${w.code} is toegevoegd.`;
    },
  });

  return (
    <form className="formulier financien-formulier" onSubmit={onSubmit} noValidate aria-labelledby="regeling-toevoegen">
      <h2 id="regeling-toevoegen">Regeling toevoegen</h2>
      <div className="rij">
        <Tekstveld label="Code" required hint="Bijvoorbeeld JTF of NPG" {...veld('code')} />
        <Tekstveld label="Naam" required {...veld('naam')} />
      </div>
      <div className="rij">
        <Tekstveld label="Startdatum" type="date" required {...veld('startdatum')} />
        <Tekstveld label="Einddatum" type="date" required {...veld('einddatum')} />
      </div>
      <Tekstveld
        label="Gemeentecodes"
        required
        hint="CBS-codes van het gebied, gescheiden door komma's, zoals GM0014, GM0034"
        {...veld('gemeentecodes')}
      />
      <div className="rij">
        <Tekstveld
          label="Cofinancieringspercentage"
          inputMode="decimal"
          required
          hint="Bijvoorbeeld 60 of 62,5"
          {...veld('cofinancieringspercentage')}
        />
        <Tekstveld
          label="Flat rate (%)"
          inputMode="decimal"
          hint="Op directe personeelskosten, hoogstens 40; leeg als de regeling dit niet kent"
          {...veld('flatRatePercentage')}
        />
      </div>
      <Probleem fout={fout} veldnamen={VELDNAMEN} />
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
      <p>
        <button type="submit" className="knop" disabled={bezig}>
          Regeling toevoegen
        </button>
      </p>
    </form>
  );
}
