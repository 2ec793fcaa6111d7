import { trajectenApi } from '../../api/client';
import { useSessie } from '../../auth/session';
import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { nietInCaseload, type Notitie } from './api';
import { NOTITIE_NAMEN } from './namen';
import { NotitieFormulier } from './notitie-formulier';
import { NotitieCorrectie } from './notitie-correctie';

/** One note, latest version; its author may correct it while the traject is open. */
function NotitieItem({ n, correctie }: { n: Notitie; correctie?: { trajectId: string; gecorrigeerd: () => void } }) {
  const { sessie } = useSessie();
  return (
    <li>
      <p className="notitie-kop">
        {alsDatum(n.datum)} · {NOTITIE_NAMEN[n.soort]} · door {n.auteur}
        {n.gevoelig && <span className="label label-waarschuwing">Gevoelig: alleen uw team</span>}
      </p>
      {/* exactly as typed, rendered as text */}
      <p className="als-getypt">{n.tekst}</p>
      {n.versie > 1 && (
        <p className="hint">
          Gecorrigeerd (versie {n.versie}){n.reden ? `: ${n.reden}` : ''}
        </p>
      )}
      {correctie && sessie?.subject === n.auteur && <NotitieCorrectie notitie={n} {...correctie} />}
    </li>
  );
}

/**
 * The traject's journal: dated notes of the caller's organisation's time as holder, latest conversation first, and a
 * form for a new one. Reads are audited.
 */
export function Journaal({ trajectId, open }: { trajectId: string; open: boolean }) {
  const notities = useLaden(
    (signal) =>
      trajectenApi
        .GET('/trajecten/{id}/notities', { params: { path: { id: trajectId } }, signal })
        .then((r) => r.data!.items),
    [trajectId],
  );
  if (nietInCaseload(notities.fout))
    return <p>U ziet het journaal alleen van trajecten die aan u of uw team zijn toegewezen.</p>;
  return (
    <>
      <p className="hint">
        U ziet de notities uit de tijd dat uw organisatie dit traject heeft. Wat een eerdere organisatie schreef, blijft
        bij die organisatie; wat u moet weten staat in het bericht bij de overdracht.
      </p>
      <Probleem fout={notities.fout} />
      {notities.data ? (
        notities.data.length === 0 ? (
          <p>Er staan nog geen notities in het journaal.</p>
        ) : (
          <ol className="journaal" aria-label="Notities, de nieuwste eerst">
            {notities.data.map((n) => (
              <NotitieItem
                key={n.id}
                n={n}
                correctie={open ? { trajectId, gecorrigeerd: notities.opnieuw } : undefined}
              />
            ))}
          </ol>
        )
      ) : (
        !notities.fout && <Bezig />
      )}
      {open && <NotitieFormulier trajectId={trajectId} geschreven={notities.opnieuw} />}
    </>
  );
}
