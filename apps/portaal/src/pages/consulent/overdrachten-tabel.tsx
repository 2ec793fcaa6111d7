import type { ReactNode } from 'react';
import { organisatieTekst } from '../../auth/organisaties';
import { alsDatum } from '../../components/opmaak';
import type { Overdracht } from './api';
import { STAP_NAMEN } from './namen';

export const OVERDRACHT_STATUS_NAMEN: Record<Overdracht['status'], string> = {
  voorgesteld: 'Wacht op antwoord',
  geaccepteerd: 'Geaccepteerd',
  afgewezen: 'Afgewezen',
};

function Besluit({ o }: { o: Overdracht }) {
  if (!o.besluit) return <>—</>;
  return (
    <>
      {alsDatum(o.besluit.op)} door {o.besluit.door}
      {o.besluit.reden && <span className="als-getypt">. Reden: {o.besluit.reden}</span>}
    </>
  );
}

/** Handovers with their note and answer (all text as typed); `actie` adds a last column, e.g. to answer. */
export function OverdrachtenTabel({
  items,
  titel,
  actie,
  eerste,
}: {
  items: Overdracht[];
  titel: string;
  actie?: { kop: string; cel: (o: Overdracht) => ReactNode };
  eerste?: { kop: string; cel: (o: Overdracht) => ReactNode };
}) {
  if (items.length === 0) return <p>Er zijn geen overdrachten.</p>;
  return (
    <div className="tabel-schuif">
      <table>
        <caption>{titel}</caption>
        <thead>
          <tr>
            {eerste && <th scope="col">{eerste.kop}</th>}
            <th scope="col">Van</th>
            <th scope="col">Naar</th>
            <th scope="col">Voorgesteld</th>
            <th scope="col">Toelichting</th>
            <th scope="col">Status</th>
            <th scope="col">Besluit</th>
            {actie && <th scope="col">{actie.kop}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id}>
              {eerste && <td>{eerste.cel(o)}</td>}
              <td>{organisatieTekst(o.vanOrganisatie)}</td>
              <td>
                {organisatieTekst(o.naarOrganisatie)}
                {o.naarStap && <>, stap {STAP_NAMEN[o.naarStap]}</>}
              </td>
              <td>
                {alsDatum(o.voorgesteldOp)} door {o.voorgesteldDoor}
              </td>
              <td className={o.toelichting === null ? undefined : 'als-getypt'}>
                {o.toelichting ?? <i>Niet te zien voor uw organisatie.</i>}
              </td>
              <td>{OVERDRACHT_STATUS_NAMEN[o.status]}</td>
              <td>
                <Besluit o={o} />
              </td>
              {actie && <td>{actie.cel(o)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
