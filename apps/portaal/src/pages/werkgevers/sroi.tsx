import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { NieuweSroiVerplichting } from './nieuwe-sroi-verplichting';
import { RapportageCijfers } from './rapportage-cijfers';
import { SroiVerplichtingen } from './sroi-verplichtingen';

/** SROI obligations with their progress, the afspraakbanen and placement figures, and adding an obligation. */
export function Sroi() {
  const verplichtingen = useLaden((signal) => gegevens(werkgeversApi.GET('/sroi-verplichtingen', { signal })), []);
  const werkgevers = useLaden((signal) => gegevens(werkgeversApi.GET('/werkgevers', { signal })), []);
  return (
    <Pagina titel="SROI en afspraakbanen">
      <RapportageCijfers />
      <section aria-labelledby="verplichtingen">
        <h2 id="verplichtingen">SROI-verplichtingen</h2>
        <p>
          Bij een overheidsopdracht spreekt de opdrachtgever vaak af dat de opdrachtnemer werk maakt voor mensen met een
          afstand tot de arbeidsmarkt, meestal 5 procent van de opdrachtwaarde. Elke plaatsing telt mee voor een bedrag
          per persoonsjaar, afhankelijk van de situatie van de kandidaat.
        </p>
        <Probleem fout={verplichtingen.fout ?? werkgevers.fout} />
        {verplichtingen.laden && <Bezig />}
        {verplichtingen.data && <SroiVerplichtingen verplichtingen={verplichtingen.data.items} />}
      </section>
      {werkgevers.data && (
        <NieuweSroiVerplichting werkgevers={werkgevers.data.items} toegevoegd={verplichtingen.opnieuw} />
      )}
    </Pagina>
  );
}
