import { FormEvent, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { useActie } from '../../components/formulier';
import { vandaag } from '../../components/opmaak';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { ActieMelding } from '../consulent/actie-melding';
import { laadMedewerkers, medewerkerOpties } from './api';

const VELDNAMEN = { vervanger: 'Vervanger', voor: 'Neemt waar voor', van: 'Van', tot: 'Tot en met' };

/** A stand-in: for the period the vervanger also sees the other's caseload under "Mijn caseload". */
export function Vervanging({ organisatie }: { organisatie: string }) {
  const medewerkers = useLaden((signal) => laadMedewerkers(organisatie, signal), [organisatie]);
  const [vervanger, setVervanger] = useState('');
  const [voor, setVoor] = useState('');
  const [van, setVan] = useState(vandaag());
  const [tot, setTot] = useState(vandaag());
  const actie = useActie();
  const keuzes = [{ waarde: '', tekst: 'Kies een medewerker' }, ...medewerkerOpties(medewerkers.data ?? [])];
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await trajectenApi.POST('/vervangingen', { body: { vervanger, voor, van, tot } });
      return `${vervanger} neemt van ${van} tot en met ${tot} waar voor ${voor}.`;
    });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="vervanging-kop">
      <h2 id="vervanging-kop">Vervanging regelen</h2>
      <Probleem fout={medewerkers.fout} />
      <div className="rij">
        <Keuzelijst
          label="Vervanger"
          required
          value={vervanger}
          onChange={(e) => setVervanger(e.target.value)}
          opties={keuzes}
        />
        <Keuzelijst
          label="Neemt waar voor"
          required
          value={voor}
          onChange={(e) => setVoor(e.target.value)}
          opties={keuzes}
        />
      </div>
      <div className="rij">
        <Tekstveld label="Van" type="date" required value={van} onChange={(e) => setVan(e.target.value)} />
        <Tekstveld
          label="Tot en met"
          type="date"
          required
          min={van}
          value={tot}
          onChange={(e) => setTot(e.target.value)}
        />
      </div>
      <ActieMelding {...actie} veldnamen={VELDNAMEN} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          Vervanging regelen
        </button>
      </p>
    </form>
  );
}
