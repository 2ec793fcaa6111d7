import { FormEvent, useState } from 'react';
import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst } from '../../components/velden';
import { BEKENDE_GEMEENTEN } from '../dashboard/monitor-api';
import { alsQuery, Keuze, periodeOpties } from './api';
import { Gepubliceerd } from './gepubliceerd';
import { Publiceren } from './publiceren';
import { Voorbeeld } from './voorbeeld';

const PERIODEN = periodeOpties();

/** Choose a period and area, see the report as it would be published, publish it, and download what was published. */
export function Rapportages() {
  const [concept, setConcept] = useState<Keuze>({ periode: PERIODEN[0].waarde, gemeentecode: '' });
  const [keuze, setKeuze] = useState<Keuze>();
  const voorbeeld = useLaden(
    (signal) =>
      keuze
        ? gegevens(trajectenApi.GET('/rapportages/voorbeeld', { params: { query: alsQuery(keuze) }, signal }))
        : Promise.resolve(undefined),
    [keuze],
  );
  const lijst = useLaden((signal) => gegevens(trajectenApi.GET('/rapportages', { signal })), []);
  const toon = (e: FormEvent) => {
    e.preventDefault();
    setKeuze({ ...concept });
  };
  return (
    <Pagina titel="Rapportages">
      <p>
        De voortgangsrapportage voor de gemeenteraden (per halfjaar) en het bestuur (per kwartaal). Een gepubliceerde
        rapportage verandert nooit meer.
      </p>
      <form className="filter" onSubmit={toon} aria-label="Rapportage kiezen">
        <Keuzelijst
          label="Periode"
          value={concept.periode}
          opties={PERIODEN}
          onChange={(e) => setConcept({ ...concept, periode: e.target.value })}
        />
        <Keuzelijst
          label="Gebied"
          value={concept.gemeentecode}
          opties={[{ waarde: '', tekst: 'Hele regio' }, ...BEKENDE_GEMEENTEN]}
          onChange={(e) => setConcept({ ...concept, gemeentecode: e.target.value })}
        />
        <button type="submit" className="knop">
          Voorbeeld tonen
        </button>
      </form>
      <Probleem fout={voorbeeld.fout} veldnamen={{ periode: 'Periode', gemeentecode: 'Gebied' }} />
      {keuze && voorbeeld.laden && <Bezig />}
      {keuze && voorbeeld.data && (
        <>
          <Voorbeeld rapport={voorbeeld.data} />
          <Publiceren
            keuze={keuze}
            gepubliceerd={lijst.opnieuw}
            eerder={
              lijst.data?.items.filter(
                (r) => r.periode === keuze.periode && (r.gemeentecode ?? '') === keuze.gemeentecode,
              ) ?? []
            }
          />
        </>
      )}
      <Probleem fout={lijst.fout} />
      {lijst.data && <Gepubliceerd items={lijst.data.items} />}
    </Pagina>
  );
}
