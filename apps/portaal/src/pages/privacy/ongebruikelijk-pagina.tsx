import { useSearchParams } from 'react-router';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, vandaag } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { DIENST_NAMEN, ongebruikelijkLezen } from './audit-api';
import { DienstStoringen } from './dienst-storingen';
import { Onderdelen } from './onderdelen';

const REDEN_NAMEN: Record<string, string> = {
  'meer-dan-caseload': 'Veel meer inwoners dan de caseload',
  'boven-maximum': 'Meer inwoners dan het maximum',
  'nachtelijk-lezen': "'s Nachts gelezen",
};

/** /privacy/ongebruikelijk: per day, the users each service flags for unusual reading, with that service's thresholds. */
export function OngebruikelijkPagina() {
  const [params, setParams] = useSearchParams();
  const datum = params.get('datum') ?? vandaag();
  const { data, fout, laden } = useLaden((signal) => ongebruikelijkLezen(datum, signal), [datum]);
  const meldingen = (data ?? []).flatMap((a) => (a.data?.meldingen ?? []).map((m) => ({ ...m, a })));
  return (
    <Pagina titel="Ongebruikelijk lezen">
      <Onderdelen />
      <div className="formulier smal">
        <Tekstveld
          label="Dag"
          type="date"
          value={datum}
          onChange={(e) => e.target.value && setParams({ datum: e.target.value })}
        />
      </div>
      {laden && <Bezig tekst="De diensten worden bevraagd…" />}
      <Probleem fout={fout} />
      {data && !laden && (
        <>
          <DienstStoringen antwoorden={data} />
          {meldingen.length === 0 ? (
            <p>Geen ongebruikelijk lezen op {alsDatum(datum)} bij de diensten die antwoord gaven.</p>
          ) : (
            <div className="tabel-schuif">
              <table>
                <caption>Ongebruikelijk lezen op {alsDatum(datum)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Gebruiker</th>
                    <th scope="col">Dienst</th>
                    <th scope="col">Inwoners gelezen</th>
                    <th scope="col">Caseload</th>
                    <th scope="col">Drempel</th>
                    <th scope="col">&apos;s Nachts</th>
                    <th scope="col">Waarom gemeld</th>
                  </tr>
                </thead>
                <tbody>
                  {meldingen.map(({ a, ...m }) => (
                    <tr key={`${a.dienst}-${m.gebruiker}`}>
                      <td>{m.gebruiker}</td>
                      <td>{DIENST_NAMEN[a.dienst]}</td>
                      <td className="getal">{alsGetal(m.inwoners)}</td>
                      <td className="getal">{m.caseload === null ? 'Onbekend' : alsGetal(m.caseload)}</td>
                      <td className="getal">{alsGetal(m.drempel)}</td>
                      <td className="getal">{alsGetal(m.nachtelijkeInzages)}</td>
                      <td>{m.redenen.map((r) => REDEN_NAMEN[r] ?? r).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Pagina>
  );
}
