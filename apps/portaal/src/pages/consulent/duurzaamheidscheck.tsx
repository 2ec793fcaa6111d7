import { Link, useParams } from 'react-router';
import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import type { Opvolging } from './api';
import { CheckFormulier } from './check-formulier';
import { eindeRedenTekst } from '../../components/einde-redenen';
import { OPVOLGING_NAMEN, OPVOLGING_STATUS_NAMEN, trajectNaam } from './namen';

function Stand({ o }: { o: Opvolging }) {
  if (o.uitkomst)
    return (
      <p>
        Uitkomst: <strong>{o.uitkomst.duurzaam ? 'duurzaam' : 'niet duurzaam'}</strong> (
        {o.uitkomst.inDienst ? `in dienst, ${o.uitkomst.urenPerWeek} uur per week` : 'niet meer in dienst'}).
      </p>
    );
  if (o.status === 'gepland')
    return <p>Deze check is nog niet aan de beurt. U kunt de uitkomst vastleggen vanaf {alsDatum(o.vervaldatum)}.</p>;
  return null;
}

/**
 * The duurzaamheidscheck half a year after a placement: is the person still at work, and for how many hours?
 * The service decides what counts as duurzaam; the page shows its answer.
 */
export function Duurzaamheidscheck() {
  const { id = '' } = useParams();
  const {
    data: o,
    fout,
    opnieuw,
  } = useLaden((signal) => gegevens(trajectenApi.GET('/opvolgingen/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Pagina titel="Duurzaamheidscheck">
      <Probleem fout={fout} />
      {!o && !fout && <Bezig />}
      {o && (
        <>
          <p>
            {OPVOLGING_NAMEN[o.soort]} van <Link to={`/trajecten/${o.trajectId}`}>{trajectNaam(o.trajectId)}</Link>, aan
            de beurt op {alsDatum(o.vervaldatum)}. Status: {OPVOLGING_STATUS_NAMEN[o.status]}.
          </p>
          {o.plaatsingBeeindigd && (
            <p className="melding">
              Let op: de plaatsing is beëindigd op {alsDatum(o.plaatsingBeeindigd.einddatum)}. Reden:{' '}
              {eindeRedenTekst(o.plaatsingBeeindigd.reden)}.
            </p>
          )}
          <Stand o={o} />
          {o.soort === 'duurzaamheidscheck' && <CheckFormulier opvolging={o} opnieuw={opnieuw} />}
        </>
      )}
    </Pagina>
  );
}
