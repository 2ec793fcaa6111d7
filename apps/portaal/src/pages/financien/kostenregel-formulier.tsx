import { isRealIsoDate, type Kostensoort } from '@wiz/contracts/browser';
import { subsidiesApi } from '../../api/client';
import { useVelden, useVersturen } from '../../components/formulier';
import { Gelukt, Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { euroAlsCenten } from './bedrag';
import { KOSTENSOORTEN, VELDNAMEN } from './teksten';
import type { Regeling } from './typen';
import { regelingOpties } from './use-regelingen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Veld = 'regelingCode' | 'soort' | 'bedrag' | 'datum' | 'omschrijving' | 'bewijsstuk' | 'inwonerId';

function controles(w: Record<Veld, string>): Partial<Record<Veld, string>> {
  return {
    regelingCode: w.regelingCode ? undefined : 'Kies een regeling.',
    bedrag: euroAlsCenten(w.bedrag) !== undefined ? undefined : 'Vul een bedrag in euro in, zoals 125,50.',
    datum: isRealIsoDate(w.datum) ? undefined : 'Vul een bestaande datum in.',
    omschrijving: w.omschrijving.trim() ? undefined : 'Beschrijf waar de kosten voor zijn.',
    inwonerId:
      !w.inwonerId.trim() || UUID.test(w.inwonerId.trim())
        ? undefined
        : 'Vul het inwoner-ID in zoals het in het traject staat, of laat dit veld leeg.',
  };
}

/** Records one cost line by hand; for many lines at once there is the import. */
export function KostenregelFormulier({
  regelingen,
  regelingCode,
  opgeslagen,
}: {
  regelingen: Regeling[];
  regelingCode: string;
  opgeslagen: () => void;
}) {
  const {
    waarden: w,
    veld,
    controleer,
    herstel,
  } = useVelden<Record<Veld, string>>(
    { regelingCode, soort: 'opleiding', bedrag: '', datum: '', omschrijving: '', bewijsstuk: '', inwonerId: '' },
    controles,
  );
  const optioneel = (naam: 'bewijsstuk' | 'inwonerId') => (w[naam].trim() ? { [naam]: w[naam].trim() } : {});
  const { fout, gelukt, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      subsidiesApi.POST('/kostenregels', {
        body: {
          regelingCode: w.regelingCode,
          soort: w.soort as Kostensoort,
          bedragCenten: euroAlsCenten(w.bedrag),
          datum: w.datum,
          omschrijving: w.omschrijving.trim(),
          ...optioneel('bewijsstuk'),
          ...optioneel('inwonerId'),
        },
      }),
    gelukt: () => {
      herstel();
      opgeslagen();
      return 'De kostenregel is opgeslagen.';
    },
  });

  return (
    <form
      className="formulier financien-formulier"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="kostenregel-toevoegen"
    >
      <h2 id="kostenregel-toevoegen">Eén kostenregel toevoegen</h2>
      <div className="rij">
        <Keuzelijst
          label="Regeling"
          required
          opties={[{ waarde: '', tekst: 'Kies een regeling' }, ...regelingOpties(regelingen)]}
          {...veld('regelingCode')}
        />
        <Keuzelijst label="Soort kosten" required opties={KOSTENSOORTEN} {...veld('soort')} />
      </div>
      <div className="rij">
        <Tekstveld label="Bedrag in euro" inputMode="decimal" required hint="Bijvoorbeeld 125,50" {...veld('bedrag')} />
        <Tekstveld label="Datum" type="date" required {...veld('datum')} />
      </div>
      <Tekstveld label="Omschrijving" required {...veld('omschrijving')} />
      <div className="rij">
        <Tekstveld label="Bewijsstuk" hint="Nummer van de factuur, urenstaat of bon" {...veld('bewijsstuk')} />
        <Tekstveld label="Inwoner-ID" hint="Alleen als de kosten bij één deelnemer horen" {...veld('inwonerId')} />
      </div>
      <Probleem fout={fout} veldnamen={{ ...VELDNAMEN, bedragCenten: 'Bedrag in euro' }} />
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
      <p>
        <button type="submit" className="knop">
          Kostenregel opslaan
        </button>
      </p>
    </form>
  );
}
