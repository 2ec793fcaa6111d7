import { FormEvent, useCallback, useState } from 'react';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { Staafgrafiek } from './grafiek';
import { Kengetallen } from './kengetallen';
import { PerDoelgroep, PerProject } from './tabellen';
import { useLiveMonitor } from './live';
import { BEKENDE_GEMEENTEN, Filter, gemeentenaam, laadMonitor, STAP_NAMEN, STAPPEN } from './monitor-api';

const maandnaam = (maand: string) =>
  new Date(`${maand}-01T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'short', year: 'numeric' });
const tijd = (d: Date) => d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "20.000 inwoners een stap vooruit": the promise's progress, by step, month and gemeente, live as events arrive. */
export function Dashboard() {
  const [filter, setFilter] = useState<Filter>({ van: '', tot: '', gemeentecode: '' });
  const [concept, setConcept] = useState<Filter>(filter);
  const [bijgewerktOp, setBijgewerktOp] = useState<Date>();
  const geladen = useLaden(
    async (signal) => {
      const resultaat = await laadMonitor(filter, signal);
      setBijgewerktOp(new Date());
      return resultaat;
    },
    [filter],
  );
  const { opnieuw } = geladen;
  const verbinding = useLiveMonitor(useCallback(() => opnieuw(), [opnieuw]));
  const toepassen = (e: FormEvent) => {
    e.preventDefault();
    setFilter(concept);
  };
  const { monitor, gemeenten } = geladen.data ?? {};

  return (
    <Pagina
      titel="20.000 inwoners een stap vooruit"
      acties={
        <p className={`live${verbinding === 'live' ? ' live-aan' : ''}`}>
          {verbinding === 'live' ? 'Live' : verbinding === 'opnieuw' ? 'Verbinding herstellen…' : 'Verbinden…'}
          {bijgewerktOp && <span>· bijgewerkt om {tijd(bijgewerktOp)}</span>}
        </p>
      }
    >
      <form className="filter" onSubmit={toepassen} aria-label="Filter">
        <Tekstveld
          label="Van"
          type="date"
          value={concept.van}
          onChange={(e) => setConcept({ ...concept, van: e.target.value })}
        />
        <Tekstveld
          label="Tot en met"
          type="date"
          value={concept.tot}
          onChange={(e) => setConcept({ ...concept, tot: e.target.value })}
        />
        <Keuzelijst
          label="Gemeente"
          value={concept.gemeentecode}
          onChange={(e) => setConcept({ ...concept, gemeentecode: e.target.value })}
          opties={[{ waarde: '', tekst: 'Alle gemeenten' }, ...BEKENDE_GEMEENTEN]}
        />
        <button type="submit" className="knop">
          Toepassen
        </button>
      </form>
      <Probleem fout={geladen.fout} veldnamen={{ van: 'Van', tot: 'Tot en met', gemeentecode: 'Gemeente' }} />
      {!monitor || !gemeenten ? (
        geladen.laden && <Bezig />
      ) : (
        <>
          {monitor.definitieVersie !== undefined && (
            <p className="hint">Geteld volgens teldefinitie versie {monitor.definitieVersie}.</p>
          )}
          <Kengetallen monitor={monitor} />
          <div className="grafieken">
            <Staafgrafiek
              titel="Bijdrage per stap"
              uitleg="Bij welke stap zetten inwoners hun eerste stap vooruit?"
              data={STAPPEN.map((stap) => ({ stap: STAP_NAMEN[stap], aantal: monitor.perStap[stap] }))}
              categorie={(r) => r.stap}
              categorieNaam="Stap"
              reeksen={[{ sleutel: 'aantal', naam: 'Inwoners een stap vooruit' }]}
            />
            <Staafgrafiek
              titel="Per maand"
              uitleg="Stappen vooruit, Kansrijk Opleiden, plaatsingen en duurzame plaatsingen per maand."
              data={monitor.perMaand}
              categorie={(r) => maandnaam(r.maand)}
              categorieNaam="Maand"
              reeksen={[
                { sleutel: 'inwonersEenStapVooruit', naam: 'Stap vooruit' },
                { sleutel: 'kansrijkOpleiden', naam: 'Kansrijk Opleiden' },
                { sleutel: 'plaatsingen', naam: 'Plaatsingen' },
                { sleutel: 'duurzamePlaatsingen', naam: 'Duurzaam' },
              ]}
            />
            <Staafgrafiek
              titel="Per gemeente"
              uitleg="Dezelfde periode, voor elke gemeente van de regio."
              data={gemeenten}
              categorie={(r) => gemeentenaam(r.gemeentecode)}
              categorieNaam="Gemeente"
              liggend
              reeksen={[
                { sleutel: 'inwonersEenStapVooruit', naam: 'Stap vooruit' },
                { sleutel: 'kansrijkOpleiden', naam: 'Kansrijk Opleiden' },
                { sleutel: 'plaatsingen', naam: 'Plaatsingen' },
                { sleutel: 'duurzamePlaatsingen', naam: 'Duurzaam' },
              ]}
            />
          </div>
          <div className="grafieken">
            {monitor.perDoelgroep && <PerDoelgroep rijen={monitor.perDoelgroep} />}
            {monitor.perProject && <PerProject rijen={monitor.perProject} />}
          </div>
        </>
      )}
    </Pagina>
  );
}
