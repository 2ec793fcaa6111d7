import { trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { nietInCaseload, type Plan as PlanGegevens } from './api';
import { PLAN_STATUS_NAMEN } from './namen';
import { PlanStatusWijzigen } from './plan-status';
import { ActieToevoegen, AkkoordVastleggen, DoelToevoegen } from './plan-formulieren';

type Doel = PlanGegevens['doelen'][number];

function DoelItem({ doel, trajectId, bijgewerkt }: { doel: Doel; trajectId: string; bijgewerkt?: () => void }) {
  const doelPad = { id: trajectId, doelId: doel.id };
  const zetDoel = (status: Doel['status']) =>
    trajectenApi
      .POST('/trajecten/{id}/plan/doelen/{doelId}/status', { params: { path: doelPad }, body: { status } })
      .then(bijgewerkt);
  const zetActie = (actieId: string) => (status: Doel['status']) =>
    trajectenApi
      .POST('/trajecten/{id}/plan/doelen/{doelId}/acties/{actieId}/status', {
        params: { path: { ...doelPad, actieId } },
        body: { status },
      })
      .then(bijgewerkt);
  return (
    <li>
      {/* exactly as typed, rendered as text */}
      <p className="notitie-kop als-getypt">{doel.omschrijving}</p>
      <p>
        Status: {PLAN_STATUS_NAMEN[doel.status]}
        {doel.streefdatum && ` · streefdatum ${alsDatum(doel.streefdatum)}`}
      </p>
      {bijgewerkt && (
        <PlanStatusWijzigen label={`Status van doel: ${doel.omschrijving}`} huidige={doel.status} stuur={zetDoel} />
      )}
      {doel.acties.length > 0 && (
        <div className="tabel-schuif">
          <table>
            <caption>Acties bij dit doel</caption>
            <thead>
              <tr>
                <th scope="col">Actie</th>
                <th scope="col">Wie</th>
                <th scope="col">Streefdatum</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {doel.acties.map((a) => (
                <tr key={a.id}>
                  <td className="als-getypt">{a.omschrijving}</td>
                  <td>{a.eigenaar}</td>
                  <td>{alsDatum(a.streefdatum)}</td>
                  <td>
                    {bijgewerkt ? (
                      <PlanStatusWijzigen
                        label={`Status van actie: ${a.omschrijving}`}
                        huidige={a.status}
                        stuur={zetActie(a.id)}
                      />
                    ) : (
                      PLAN_STATUS_NAMEN[a.status]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/** The traject's plan: goals with their actions, progress, and the agreement with the inwoner. Reads are audited. */
export function Plan({ trajectId, open }: { trajectId: string; open: boolean }) {
  const plan = useLaden(
    (signal) =>
      trajectenApi.GET('/trajecten/{id}/plan', { params: { path: { id: trajectId } }, signal }).then((r) => r.data!),
    [trajectId],
  );
  if (nietInCaseload(plan.fout))
    return <p>U ziet het plan alleen van trajecten die aan u of uw team zijn toegewezen.</p>;
  if (!plan.data) return plan.fout ? <Probleem fout={plan.fout} /> : <Bezig />;
  const { doelen, voortgang, akkoord } = plan.data;
  return (
    <>
      <Probleem fout={plan.fout} />
      <p>
        {voortgang.behaald} van {voortgang.totaal} {voortgang.totaal === 1 ? 'doel' : 'doelen'} behaald.{' '}
        {akkoord
          ? `Afgesproken met ${akkoord.door} op ${alsDatum(akkoord.op)} (vastgelegd door ${akkoord.vastgelegdDoor}).`
          : 'Nog niet als afgesproken vastgelegd.'}
      </p>
      {doelen.length > 0 && (
        <ol className="journaal" aria-label="Doelen van het plan">
          {doelen.map((d) => (
            <DoelItem key={d.id} doel={d} trajectId={trajectId} bijgewerkt={open ? plan.opnieuw : undefined} />
          ))}
        </ol>
      )}
      {open && (
        <>
          <DoelToevoegen trajectId={trajectId} bijgewerkt={plan.opnieuw} />
          {doelen.length > 0 && <ActieToevoegen trajectId={trajectId} doelen={doelen} bijgewerkt={plan.opnieuw} />}
          {doelen.length > 0 && <AkkoordVastleggen trajectId={trajectId} bijgewerkt={plan.opnieuw} />}
        </>
      )}
    </>
  );
}
