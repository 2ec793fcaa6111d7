import { FormEvent, useId, useState } from 'react';
import { intakeApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { Tekstvak } from '../../components/velden';
import { ActieMelding } from '../consulent/actie-melding';

type Soort = 'wissen' | 'beperken' | { beperkingOpheffen: string };

const TEKST = {
  wissen: {
    titel: 'Verzoek tot wissen',
    knop: 'Wissen…',
    bevestig: 'Ja, gegevens wissen',
    gevolg:
      'Alle diensten vernietigen of anonimiseren de persoonsgegevens van deze inwoner (AVG art. 17). Het verzoek ' +
      'zelf en de audittrail blijven bewaard. Dit kan niet ongedaan worden gemaakt.',
    gelukt: 'Het verzoek tot wissen is vastgelegd; alle diensten wissen de gegevens.',
  },
  beperken: {
    titel: 'Beperking van de verwerking',
    knop: 'Beperking instellen…',
    bevestig: 'Ja, beperking instellen',
    gevolg:
      'De gegevens blijven bewaard, maar geen enkele dienst laat ze nog lezen of wijzigen, behalve door u, tot de ' +
      'beperking wordt opgeheven (AVG art. 18).',
    gelukt: 'De beperking is ingesteld; alle diensten blokkeren het gebruik van de gegevens.',
  },
  opheffen: {
    titel: 'Beperking opheffen',
    knop: 'Beperking opheffen…',
    bevestig: 'Ja, beperking opheffen',
    gevolg: 'Medewerkers kunnen de gegevens van deze inwoner weer lezen en wijzigen zoals voor de beperking.',
    gelukt: 'De beperking is opgeheven.',
  },
};

/**
 * Grants one privacy request with a required reason. Nothing is sent before a second step that says what will
 * happen and asks to confirm; the reason is kept by intake as the legal record (never in an event).
 */
export function Verzoekformulier({
  soort,
  inwonerId,
  ingediend,
}: {
  soort: Soort;
  inwonerId: string;
  ingediend: () => void;
}) {
  const tekst = TEKST[typeof soort === 'string' ? soort : 'opheffen'];
  const [reden, setReden] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const actie = useActie();
  const kop = useId();
  const vraag = (e: FormEvent) => {
    e.preventDefault();
    actie.wis();
    setBevestigen(true);
  };
  const verstuur = () =>
    void actie
      .voer(async () => {
        const params = { path: { inwonerId } };
        if (soort === 'wissen') await intakeApi.POST('/inwoners/{inwonerId}/wisverzoeken', { params, body: { reden } });
        else if (soort === 'beperken')
          await intakeApi.POST('/inwoners/{inwonerId}/beperkingen', { params, body: { reden } });
        else
          await intakeApi.POST('/inwoners/{inwonerId}/beperkingen/{beperkingId}/opheffing', {
            params: { path: { inwonerId, beperkingId: soort.beperkingOpheffen } },
            body: { reden },
          });
        setReden('');
        ingediend();
        return tekst.gelukt;
      })
      .then(() => setBevestigen(false));
  return (
    <form onSubmit={vraag} className="formulier" aria-labelledby={kop}>
      <h3 id={kop}>{tekst.titel}</h3>
      <Tekstvak
        label="Reden"
        hint="Verplicht. Wordt bewaard bij het verzoek, niet doorgegeven aan andere diensten."
        required
        minLength={3}
        maxLength={1000}
        value={reden}
        onChange={(e) => {
          setReden(e.target.value);
          setBevestigen(false);
        }}
      />
      {bevestigen ? (
        <div className="melding melding-info" role="group" aria-label={`${tekst.titel}: bevestigen`}>
          <p className="melding-titel">Weet u het zeker?</p>
          <p>{tekst.gevolg}</p>
          <p>
            <button type="button" className="knop" disabled={actie.bezig} onClick={verstuur}>
              {tekst.bevestig}
            </button>{' '}
            <button type="button" className="knop knop-licht" onClick={() => setBevestigen(false)}>
              Annuleren
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="submit" className="knop knop-licht">
            {tekst.knop}
          </button>
        </p>
      )}
      <ActieMelding {...actie} veldnamen={{ reden: 'Reden' }} />
    </form>
  );
}
