import { useEffect, useState } from 'react';
import { Pagina } from '../../components/pagina';
import { useVelden, useVersturen } from '../../components/formulier';
import { Probleem } from '../../components/probleem';
import { Tekstvak } from '../../components/velden';
import { alsDatum } from '../../components/opmaak';
import { organisatieTekst } from '../../auth/organisaties';
import { verifieer, type Verificatie } from './api';

/** Why a credential is not accepted, in words an employer understands. */
const REDENEN: Record<string, string> = {
  'handtekening-ongeldig': 'Het bewijs is veranderd nadat Werk in Zicht het heeft gemaakt. Of het komt niet van ons.',
  'onbekende-sleutel': 'Het bewijs is niet gemaakt met een sleutel van Werk in Zicht.',
  verlopen: 'Het bewijs is niet meer geldig.',
  onleesbaar: 'Dit is geen digitaal bewijs dat wij kunnen lezen. Controleer of u alles goed heeft gekopieerd.',
  'ander-uitgever': 'Het bewijs is niet door Werk in Zicht uitgegeven.',
};

const SOORTEN: Record<string, string> = {
  opleiding: 'opleiding of cursus',
  praktijkverklaring: 'praktijkverklaring',
  plaatsing: 'werk',
};

/**
 * "Is dit bewijs echt?": paste a credential, or open a link with it after the # (the browser never sends that part
 * to a server), and the trajecten service checks its signature.
 */
export function Verifieer() {
  const [uitslag, setUitslag] = useState<Verificatie>();
  const velden = useVelden({ credential: '' }, (w) => ({
    credential: w.credential.trim() ? undefined : 'Plak hier het digitale bewijs.',
  }));
  const versturen = useVersturen({
    controleer: velden.controleer,
    verstuur: async () => {
      setUitslag(undefined);
      return verifieer(velden.waarden.credential.trim());
    },
    gelukt: (v) => setUitslag(v),
  });
  useEffect(() => {
    const uitLink = decodeURIComponent(window.location.hash.slice(1));
    if (!uitLink) return;
    velden.veld('credential').onChange({ target: { value: uitLink } });
    void verifieer(uitLink).then(setUitslag, () => undefined);
    // Only the link the page was opened with; typing afterwards is checked with the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Pagina titel="Is dit bewijs echt?">
      <p>
        Heeft u een digitaal bewijs gekregen van iemand die bij Werk in Zicht een opleiding, praktijkverklaring of werk
        heeft behaald? Hier ziet u of het echt is. U hoeft niet in te loggen.
      </p>
      <form className="formulier" aria-label="Bewijs controleren" onSubmit={versturen.onSubmit} noValidate>
        <Tekstvak label="Digitaal bewijs" rows={5} spellCheck={false} {...velden.veld('credential')} />
        <Probleem fout={versturen.fout} />
        <button type="submit" className="knop" disabled={versturen.bezig}>
          Controleren
        </button>
      </form>
      <div role="status">{uitslag && <Uitslag uitslag={uitslag} />}</div>
    </Pagina>
  );
}

function Uitslag({ uitslag }: { uitslag: Verificatie }) {
  if (!uitslag.geldig || !uitslag.onderwerp)
    return (
      <div className="mijn-uitslag mijn-uitslag-niet">
        <h2>Niet echt of niet te controleren</h2>
        <p>{REDENEN[uitslag.reden ?? ''] ?? 'Wij kunnen dit bewijs niet controleren.'}</p>
      </div>
    );
  const { naam, resultaat } = uitslag.onderwerp;
  return (
    <div className="mijn-uitslag mijn-uitslag-echt">
      <h2>Echt</h2>
      <p>
        Uitgegeven door {uitslag.uitgegevenDoor ?? 'Werk in Zicht'} aan {naam} voor{' '}
        {SOORTEN[resultaat.soort] ?? resultaat.soort}: {resultaat.omschrijving}.
      </p>
      <p>
        Behaald op {alsDatum(resultaat.behaaldOp)} bij {organisatieTekst(resultaat.organisatie)}. Geldig vanaf{' '}
        {alsDatum(uitslag.geldigVanaf)}.
      </p>
    </div>
  );
}
