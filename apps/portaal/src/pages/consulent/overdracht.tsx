import { FormEvent, useState } from 'react';
import { stappenVan } from '@wiz/contracts/browser';
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
const VELDNAMEN = { naarOrganisatie: 'Naar organisatie', toelichting: 'Bericht aan de ontvanger' };

/**
 * Warme overdracht: propose the traject to an organisation that runs the step it is in, with a note. It stays with
 * this organisation until the receiver accepts; the history shows every proposal and answer.
 */
export function Overdracht({ traject }: { traject: Traject }) {
  // Only those the API accepts: another organisation that runs this step (a gemeente or UWV runs every step).
  const andere = ORGANISATIES.filter(
    (o) => o.waarde !== traject.organisatie && stappenVan(o.waarde).includes(traject.huidigeStap),
  );
  const [keuze, setNaar] = useState<string>(andere[0].waarde);
  // After a step change the list differs: a choice no longer in it falls back to the first that is.
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
            body: { naarOrganisatie: naar as (typeof andere)[number]['waarde'], toelichting },
          })
          .finally(historie.opnieuw);
        setToelichting('');
        return `De overdracht is voorgesteld aan ${organisatieTekst(naar)}. Het traject blijft bij u tot zij het accepteren.`;
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
            label="Naar organisatie"
            hint={`Organisaties die de stap ${STAP_NAMEN[traject.huidigeStap]} uitvoeren. Naar een andere organisatie? Zet het traject dan eerst in de stap die zij uitvoert.`}
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
