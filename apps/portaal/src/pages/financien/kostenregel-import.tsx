import { FormEvent, useState } from 'react';
import { ApiProblem, gegevens, subsidiesApi } from '../../api/client';
import type { components } from '../../api/generated/subsidies';
import { useJob } from '../../api/use-job';
import { alsGetal } from '../../components/opmaak';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';
import { ImportFout, leesImportFout } from './import-fouten';
import { Voortgang } from './samenstellen';
import { uploadBestand } from './upload';

/** How an import ended: the lines stored (at once, or by a job for a large file) or the rows refused. */
type ImportUitkomst = Pick<components['schemas']['KostenregelImportStand'], 'aantal' | 'detail' | 'errors'> & {
  status?: string;
};

const KOLOMMEN =
  'regelingCode, soort, bedragCenten, datum, omschrijving, bewijsstuk, inwonerId (en voor personeel eventueel uren en uurtariefCenten)';

/** Imports a CSV or XLSX file of cost lines. All or nothing: one wrong row and nothing is imported. */
export function KostenregelImport({ geimporteerd }: { geimporteerd: () => void }) {
  const [bestand, setBestand] = useState<File>();
  const [aantal, setAantal] = useState<number>();
  const [fout, setFout] = useState<ApiProblem | Error>();
  const [bezig, setBezig] = useState(false);
  const [job, setJob] = useState<string>();
  const [kiesFout, setKiesFout] = useState<string>();

  const afgerond = (uitkomst: ImportUitkomst) => {
    setJob(undefined);
    if (uitkomst.status === 'geweigerd') {
      setFout(new ApiProblem(400, 'Er is niets geïmporteerd', uitkomst.detail, uitkomst.errors ?? []));
      return;
    }
    setAantal(uitkomst.aantal ?? undefined);
    geimporteerd();
  };

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setAantal(undefined);
    setFout(undefined);
    if (!bestand) return setKiesFout('Kies eerst een bestand.');
    setBezig(true);
    try {
      const antwoord = await uploadBestand(bestand);
      if ('id' in antwoord) setJob(antwoord.id);
      else afgerond(antwoord);
    } catch (err) {
      setFout(err as Error);
    } finally {
      setBezig(false);
    }
  };
  const rijfouten =
    fout instanceof ApiProblem && fout.status === 400 && fout.errors.length > 0
      ? fout.errors.map(leesImportFout)
      : undefined;

  return (
    <form
      className="formulier financien-formulier"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="kostenregels-importeren"
    >
      <h2 id="kostenregels-importeren">Kostenregels importeren</h2>
      <Tekstveld
        label="Bestand met kostenregels (CSV of XLSX)"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hint={`De eerste rij bevat de kolomnamen: ${KOLOMMEN}. Bedragen in hele centen, datums als JJJJ-MM-DD.`}
        fout={kiesFout}
        onChange={(e) => {
          setBestand(e.target.files?.[0]);
          setKiesFout(undefined);
        }}
      />
      {bezig && <p role="status">Bezig met importeren…</p>}
      {job && <ImportVoortgang id={job} klaar={afgerond} />}
      {aantal !== undefined && (
        <Gelukt>
          {aantal === 1
            ? 'Er is 1 kostenregel geïmporteerd.'
            : `Er zijn ${alsGetal(aantal)} kostenregels geïmporteerd.`}
        </Gelukt>
      )}
      {rijfouten ? <ImportFouten fouten={rijfouten} /> : <Probleem fout={fout} />}
      <p>
        <button type="submit" className="knop" disabled={bezig || job !== undefined}>
          Importeren
        </button>
      </p>
    </form>
  );
}

function ImportFouten({ fouten }: { fouten: ImportFout[] }) {
  const rijen = new Set(fouten.map((f) => f.rij)).size;
  return (
    <div role="alert" className="melding melding-fout">
      <p className="melding-titel">Er is niets geïmporteerd</p>
      <p>
        {rijen === 1 ? '1 rij bevat een fout.' : `${alsGetal(rijen)} rijen bevatten fouten.`} Pas het bestand aan en
        importeer het opnieuw.
      </p>
      <table>
        <caption className="visueel-verborgen">Fouten per rij</caption>
        <thead>
          <tr>
            <th scope="col">Rij</th>
            <th scope="col">Kolom</th>
            <th scope="col">Wat moet anders</th>
          </tr>
        </thead>
        <tbody>
          {fouten.map((f) => (
            <tr key={`${f.rij}.${f.kolom}`}>
              <td>{f.rij ?? '—'}</td>
              <td>{f.kolom}</td>
              <td>{f.melding}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A large file is stored by a job (the service answered 202): shows how much of the file has been read. */
function ImportVoortgang({ id, klaar }: { id: string; klaar: (uitkomst: ImportUitkomst) => void }) {
  const stand = useJob(
    (signal) => gegevens(subsidiesApi.GET('/kostenregels/importen/{id}', { params: { path: { id } }, signal })),
    id,
    klaar,
  );
  return (
    <>
      <Voortgang label="Groot bestand importeren" waarde={stand.data?.voortgang ?? 0} />
      <Probleem fout={stand.fout} />
    </>
  );
}
