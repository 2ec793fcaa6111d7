import { FormEvent, useState } from 'react';
import { intakeApi } from '../../../api/client';
import type { components } from '../../../api/generated/intake';
import { useActie } from '../../../components/formulier';
import { Tekstvak, Tekstveld } from '../../../components/velden';
import { ActieMelding } from '../../consulent/actie-melding';

type Inwoner = components['schemas']['Inwoner'];
type Correctie = components['schemas']['CorrigeerInwonerRequest'];

const VELDNAMEN = {
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  'adres.postcode': 'Postcode',
  'adres.huisnummer': 'Huisnummer',
  'adres.gemeentecode': 'Gemeentecode',
  'contact.email': 'E-mailadres',
  'contact.telefoon': 'Telefoonnummer',
  reden: 'Reden',
};

const beginWaarden = (i: Inwoner) => ({
  voornaam: i.voornaam,
  achternaam: i.achternaam ?? '',
  postcode: i.postcode ?? '',
  huisnummer: i.huisnummer ?? '',
  gemeentecode: i.gemeentecode,
  email: i.email ?? '',
  telefoon: i.telefoon ?? '',
});

/** Only what differs from the record goes in the request: intake keeps a history line per field that changed. */
function verschil(oud: ReturnType<typeof beginWaarden>, nieuw: typeof oud, reden: string): Correctie {
  const c: Correctie = { reden };
  if (nieuw.voornaam !== oud.voornaam) c.voornaam = nieuw.voornaam;
  if (nieuw.achternaam !== oud.achternaam) c.achternaam = nieuw.achternaam;
  if (['postcode', 'huisnummer', 'gemeentecode'].some((k) => nieuw[k as 'postcode'] !== oud[k as 'postcode']))
    c.adres = { postcode: nieuw.postcode, huisnummer: nieuw.huisnummer, gemeentecode: nieuw.gemeentecode };
  const contact: NonNullable<Correctie['contact']> = {};
  if (nieuw.email !== oud.email) contact.email = nieuw.email || null;
  if (nieuw.telefoon !== oud.telefoon) contact.telefoon = nieuw.telefoon || null;
  if (Object.keys(contact).length) c.contact = contact;
  return c;
}

/**
 * Corrects name, address or contact data with a reason. The request names the version the form was filled from
 * (If-Match), so a colleague's correction in between is refused (412) instead of overwritten unseen.
 */
export function CorrectieFormulier({ inwoner, gecorrigeerd }: { inwoner: Inwoner; gecorrigeerd: () => void }) {
  const oud = beginWaarden(inwoner);
  const [waarden, setWaarden] = useState(oud);
  const [reden, setReden] = useState('');
  const actie = useActie();
  const veld = (naam: keyof typeof oud) => ({
    value: waarden[naam],
    onChange: (e: { target: { value: string } }) => setWaarden((w) => ({ ...w, [naam]: e.target.value })),
  });
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      const body = verschil(oud, waarden, reden);
      const { data } = await intakeApi.PATCH('/inwoners/{inwonerId}', {
        params: { path: { inwonerId: inwoner.id }, header: { 'If-Match': `"${inwoner.versie}"` } },
        body,
      });
      setReden('');
      gecorrigeerd();
      if (!data?.gewijzigdeVelden.length) return 'Er was niets gewijzigd.';
      return `De gegevens zijn gecorrigeerd${data.verhuisd ? '; de verhuizing naar een andere gemeente is doorgegeven' : ''}.`;
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="correctie-kop">
      <h2 id="correctie-kop">Gegevens corrigeren</h2>
      <p className="hint">
        Elke correctie wordt met de reden bewaard onder Wijzigingen. Een andere gemeentecode is een verhuizing.
      </p>
      <div className="rij">
        <Tekstveld label="Voornaam" required maxLength={200} autoComplete="off" {...veld('voornaam')} />
        <Tekstveld label="Achternaam" required maxLength={200} autoComplete="off" {...veld('achternaam')} />
      </div>
      <div className="rij">
        <Tekstveld label="Postcode" required autoComplete="off" {...veld('postcode')} />
        <Tekstveld label="Huisnummer" required autoComplete="off" {...veld('huisnummer')} />
        <Tekstveld label="Gemeentecode" required autoComplete="off" {...veld('gemeentecode')} />
      </div>
      <div className="rij">
        <Tekstveld label="E-mailadres" type="email" autoComplete="off" hint="Leeg: verwijderen." {...veld('email')} />
        <Tekstveld
          label="Telefoonnummer"
          type="tel"
          autoComplete="off"
          hint="Leeg: verwijderen."
          {...veld('telefoon')}
        />
      </div>
      <Tekstvak
        label="Reden van de correctie"
        required
        maxLength={1000}
        value={reden}
        onChange={(e) => setReden(e.target.value)}
      />
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Correctie opslaan
        </button>
      </p>
    </form>
  );
}
