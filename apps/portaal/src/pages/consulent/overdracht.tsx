import { FormEvent, useState } from 'react';
import { STAPPEN, type Stap, stappenVan } from '@wiz/contracts/browser';
import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { ORGANISATIES, organisatieTekst } from '../../auth/organisaties';
import { useActie } from '../../components/formulier';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstvak } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, laadOverdrachten, type Traject } from './api';
import { STAP_NAMEN } from './namen';
import { OverdrachtenTabel } from './overdrachten-tabel';

const UITLEG = {
  409: 'Dit kan nu niet: er wacht al een overdracht van dit traject op antwoord, of het traject is afgesloten.',
};
const VELDNAMEN = {
  naarOrganisatie: 'Naar organisatie',
  naarStap: 'In de stap',
  toelichting: 'Bericht aan de ontvanger',
};

/**
 * Warme overdracht: propose the traject to an organisation in a step it runs, with a note. It stays with this
 * organisation, in its step, until the receiver accepts; then it moves to that step and organisation at once. The
 * history shows every proposal and answer.
 */
export function Overdracht({ traject }: { traject: Traject }) {
  // The step it is in until the consulent picks another (the list follows a step changed meanwhile).
  const [gekozenStap, setStap] = useState<Stap>();
  const stap = gekozenStap ?? traject.huidigeStap;
  // Only those the API accepts: another organisation that runs the step (a gemeente or UWV runs every step).
  const andere = ORGANISATIES.filter((o) => o.waarde !== traject.organisatie && stappenVan(o.waarde).includes(stap));
  const [keuze, setNaar] = useState<string>(andere[0].waarde);
  // Another step gives another list: a choice no longer in it falls back to the first that is.
  const naar = andere.some((o) => o.waarde === keuze) ? keuze : andere[0].waarde;
  const [toelichting, setToelichting] = useState('');
  const actie = useActie();
  const historie = useLaden((signal) => laadOverdrachten(traject.id, signal), [traject.id]);
  const open = traject.status === 'actief';
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(
      async () => {
        await trajectenApi
          .POST('/trajecten/{id}/overdrachten', {
            params: { path: { id: traject.id } },
            body: { naarOrganisatie: naar as (typeof andere)[number]['waarde'], naarStap: stap, toelichting },
          })
          .finally(historie.opnieuw);
        setToelichting('');
        return `De overdracht is voorgesteld aan ${organisatieTekst(naar)}, in de stap ${STAP_NAMEN[stap]}. Het traject blijft bij u tot zij het accepteren.`;
      },
      (e) => inHetNederlands(e as Error, UITLEG),
    );
  };
  return (
    <>
      <Probleem fout={historie.fout} />
      {historie.data ? (
        <OverdrachtenTabel items={historie.data} titel="Overdrachten van dit traject" />
      ) : (
        !historie.fout && <Bezig />
      )}
      {open && (
        <form onSubmit={verstuur} className="formulier" aria-labelledby="overdracht-voorstellen-kop">
          <h3 id="overdracht-voorstellen-kop">Overdracht voorstellen</h3>
          <Keuzelijst
            label="In de stap"
            hint="De stap waarin de ontvanger het traject overneemt. Bij acceptatie gaat het traject naar deze stap."
            value={stap}
            onChange={(e) => setStap(e.target.value as Stap)}
            opties={STAPPEN.map((s) => ({ waarde: s, tekst: STAP_NAMEN[s] }))}
          />
          <Keuzelijst
            label="Naar organisatie"
            hint={`Organisaties die de stap ${STAP_NAMEN[stap]} uitvoeren.`}
            value={naar}
            onChange={(e) => setNaar(e.target.value)}
            opties={andere}
          />
          <Tekstvak
            label="Bericht aan de ontvanger"
            hint="Waarom, en wat de ontvanger moet weten. Wordt als tekst bewaard, precies zoals u het typt."
            required
            maxLength={2000}
            value={toelichting}
            onChange={(e) => setToelichting(e.target.value)}
          />
          <ActieMelding {...actie} veldnamen={VELDNAMEN} />
          <p>
            <button type="submit" className="knop" disabled={actie.bezig}>
              Overdracht voorstellen
            </button>
          </p>
        </form>
      )}
    </>
  );
}
