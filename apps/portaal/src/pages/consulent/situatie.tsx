import { Fragment } from 'react';
import { naamUit, PARTICIPATIELADDER_NAMEN, UITKERING_NAMEN } from '../frontoffice/namen';
import { alsDatum } from '../../components/opmaak';

const jaNee = (v: unknown) => (v ? 'Ja' : 'Nee');

/**
 * The answers about the situation a consulent needs for guidance, in Dutch. The ESF+ register's special categories
 * (health, background, housing) in the same answers are for reporting and are not shown here.
 */
const VELDEN: Record<string, { label: string; tekst: (v: unknown) => string }> = {
  uitkering: { label: 'Uitkering', tekst: (v) => naamUit(UITKERING_NAMEN, String(v)) },
  uitkeringSinds: { label: 'Uitkering sinds', tekst: (v) => alsDatum(String(v)) },
  werkend: { label: 'Werkt', tekst: jaNee },
  werkzoekend: { label: 'Zoekt werk', tekst: jaNee },
  werkloosSinds: { label: 'Zonder werk sinds', tekst: (v) => alsDatum(String(v)) },
  zzp: { label: 'Zelfstandige (zzp)', tekst: jaNee },
  arbeidsbeperking: { label: 'Arbeidsbeperking', tekst: jaNee },
  statushouder: { label: 'Statushouder', tekst: jaNee },
  startkwalificatie: { label: 'Startkwalificatie', tekst: jaNee },
  participatieladder: {
    label: 'Participatieladder bij aanmelding',
    tekst: (v) => PARTICIPATIELADDER_NAMEN[Number(v) - 1] ?? String(v),
  },
};

/** The situation as given at intake, as a description list (text only). */
export function Situatie({ situatie }: { situatie: Record<string, unknown> }) {
  const getoond = Object.keys(VELDEN).filter((k) => situatie[k] !== undefined && situatie[k] !== null);
  if (getoond.length === 0) return <p>Er is geen situatie vastgelegd.</p>;
  return (
    <dl className="persoon">
      {getoond.map((k) => (
        <Fragment key={k}>
          <dt>{VELDEN[k].label}</dt>
          <dd>{VELDEN[k].tekst(situatie[k])}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
