import { FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { gegevens, intakeApi } from '../../../api/client';
import type { components } from '../../../api/generated/intake';
import { useLaden } from '../../../api/use-laden';
import { useActie } from '../../../components/formulier';
import { alsTijdstip } from '../../../components/opmaak';
import { Bezig, Pagina } from '../../../components/pagina';
import { Gelukt, Probleem } from '../../../components/probleem';
import { Keuzelijst, Tekstvak } from '../../../components/velden';
import { ActieMelding } from '../../consulent/actie-melding';

type Verzoek = components['schemas']['CorrectieverzoekenPagina']['items'][number];
type Uitkomst = components['schemas']['CorrectieverzoekAfhandeling']['uitkomst'];

/** The part of "Mijn gegevens" the person says is wrong, as the front office reads it. */
export const ONDERDEEL_NAMEN: Record<Verzoek['onderdeel'], string> = {
  naam: 'Naam',
  adres: 'Adres',
  contact: 'Contactgegevens',
  gemeente: 'Gemeente',
  geboortedatum: 'Geboortedatum',
  anders: 'Iets anders',
};

const UITKOMSTEN: readonly { waarde: Uitkomst; tekst: string }[] = [
  { waarde: 'doorgevoerd', tekst: 'Doorgevoerd: de gegevens zijn verbeterd' },
  { waarde: 'afgewezen', tekst: 'Afgewezen: de gegevens blijven zo' },
];

/**
 * /correctieverzoeken: what inwoners asked to have corrected on "Mijn gegevens" (AVG art. 16), oldest first, for
 * the inwoners the organisation sees. Front office corrects on the inwoner's page (the correction form with its
 * history), then closes the request here with the outcome the person reads.
 */
export function CorrectieverzoekenLijst() {
  const locatie = useLocation();
  const [afgehandeld, setAfgehandeld] = useState<string>();
  const [keer, setKeer] = useState(0);
  const { data, fout, laden } = useLaden(
    (signal) =>
      gegevens(
        intakeApi.GET('/correctieverzoeken', { params: { query: { status: 'open', paginagrootte: 200 } }, signal }),
      ),
    // Again on every arrival and after closing one: new requests may have come in meanwhile.
    [locatie.key, keer],
  );
  const klaar = (melding: string) => {
    setAfgehandeld(melding);
    setKeer((k) => k + 1);
  };
  return (
    <Pagina titel="Correctieverzoeken">
      <p className="toelichting">
        Inwoners vragen hier om verbetering van hun gegevens. Verbeter de gegevens op de pagina van de inwoner en handel
        het verzoek daarna af. De inwoner ziet de uitkomst en uw toelichting.
      </p>
      {afgehandeld && <Gelukt>{afgehandeld}</Gelukt>}
      {laden && !data && <Bezig />}
      <Probleem fout={fout} />
      {data && data.items.length === 0 && <p>Er zijn geen open correctieverzoeken.</p>}
      {data && data.items.length > 0 && (
        <ul className="correctieverzoeken" aria-label={`Open correctieverzoeken (${data.totaal})`}>
          {data.items.map((v) => (
            <li key={v.id} className="kaart">
              <VerzoekKaart verzoek={v} klaar={klaar} />
            </li>
          ))}
        </ul>
      )}
    </Pagina>
  );
}

function VerzoekKaart({ verzoek, klaar }: { verzoek: Verzoek; klaar: (melding: string) => void }) {
  const [uitkomst, setUitkomst] = useState<Uitkomst>('doorgevoerd');
  const [toelichting, setToelichting] = useState('');
  const actie = useActie();
  const kop = `verzoek-${verzoek.id}`;
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await intakeApi.POST('/correctieverzoeken/{id}/afhandeling', {
        params: { path: { id: verzoek.id } },
        body: { uitkomst, toelichting },
      });
      klaar(`Het verzoek van ${verzoek.naam} is afgehandeld (${uitkomst}).`);
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby={kop}>
      <h2 id={kop}>
        {verzoek.naam}: {ONDERDEEL_NAMEN[verzoek.onderdeel]}
      </h2>
      <dl>
        <dt>Ingediend</dt>
        <dd>{alsTijdstip(verzoek.ingediendOp)}</dd>
        <dt>Gewenst</dt>
        <dd>{verzoek.gewenst}</dd>
        {verzoek.toelichting && (
          <>
            <dt>Toelichting van de inwoner</dt>
            <dd>{verzoek.toelichting}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/inwoners/${verzoek.inwonerId}`}>Gegevens van {verzoek.naam} verbeteren</Link>
      </p>
      <Keuzelijst
        label="Uitkomst"
        opties={UITKOMSTEN}
        value={uitkomst}
        onChange={(e) => setUitkomst(e.target.value as Uitkomst)}
      />
      <Tekstvak
        label="Toelichting voor de inwoner"
        required
        maxLength={1000}
        value={toelichting}
        onChange={(e) => setToelichting(e.target.value)}
      />
      <ActieMelding {...actie} veldnamen={{ toelichting: 'Toelichting', uitkomst: 'Uitkomst' }} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Verzoek afhandelen
        </button>
      </p>
    </form>
  );
}
