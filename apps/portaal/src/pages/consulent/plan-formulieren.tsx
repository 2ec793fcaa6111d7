import { FormEvent, ReactNode, useState } from 'react';
import { trajectenApi } from '../../api/client';
import { useActie } from '../../components/formulier';
import { vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import { ActieMelding } from './actie-melding';
import { inHetNederlands, type Plan } from './api';

const UITLEG = { 409: 'Het plan van een afgesloten traject kan niet meer veranderen.' };
const path = (id: string) => ({ path: { id } });

/** One of the plan's forms: its heading, fields and button; sending it reloads the plan. */
function PlanFormulier({
  kop,
  knop,
  verstuur,
  children,
}: {
  kop: string;
  knop: string;
  verstuur: () => Promise<string>;
  children: ReactNode;
}) {
  const actie = useActie();
  const id = `plan-${knop.replace(/\W+/g, '-').toLowerCase()}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(verstuur, (f) => inHetNederlands(f as Error, UITLEG));
  };
  return (
    <form onSubmit={onSubmit} className="formulier" aria-labelledby={id}>
      <h3 id={id}>{kop}</h3>
      {children}
      <ActieMelding {...actie} />
      <p>
        <button type="submit" className="knop" disabled={actie.bezig}>
          {knop}
        </button>
      </p>
    </form>
  );
}

interface PlanProps {
  trajectId: string;
  bijgewerkt: () => void;
}

export function DoelToevoegen({ trajectId, bijgewerkt }: PlanProps) {
  const [omschrijving, setOmschrijving] = useState('');
  const [streefdatum, setStreefdatum] = useState('');
  const verstuur = async () => {
    const body = { omschrijving, ...(streefdatum ? { streefdatum } : {}) };
    await trajectenApi.POST('/trajecten/{id}/plan/doelen', { params: path(trajectId), body });
    setOmschrijving('');
    bijgewerkt();
    return 'Het doel staat in het plan.';
  };
  return (
    <PlanFormulier kop="Doel toevoegen" knop="Doel toevoegen" verstuur={verstuur}>
      <Tekstveld label="Doel" required value={omschrijving} onChange={(e) => setOmschrijving(e.target.value)} />
      <Tekstveld
        label="Streefdatum van het doel"
        hint="Optioneel."
        type="date"
        value={streefdatum}
        onChange={(e) => setStreefdatum(e.target.value)}
      />
    </PlanFormulier>
  );
}

export function ActieToevoegen({ trajectId, doelen, bijgewerkt }: PlanProps & { doelen: Plan['doelen'] }) {
  const [doelId, setDoelId] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [eigenaar, setEigenaar] = useState('inwoner');
  const [streefdatum, setStreefdatum] = useState(vandaag());
  const doel = doelen.find((d) => d.id === doelId) ?? doelen[0];
  const verstuur = async () => {
    await trajectenApi.POST('/trajecten/{id}/plan/doelen/{doelId}/acties', {
      params: { path: { id: trajectId, doelId: doel.id } },
      body: { omschrijving, eigenaar, streefdatum },
    });
    setOmschrijving('');
    bijgewerkt();
    return 'De actie staat bij het doel.';
  };
  return (
    <PlanFormulier kop="Actie toevoegen" knop="Actie toevoegen" verstuur={verstuur}>
      <Keuzelijst
        label="Bij doel"
        value={doel.id}
        onChange={(e) => setDoelId(e.target.value)}
        opties={doelen.map((d) => ({ waarde: d.id, tekst: d.omschrijving }))}
      />
      <Tekstveld label="Actie" required value={omschrijving} onChange={(e) => setOmschrijving(e.target.value)} />
      <div className="rij">
        <Tekstveld
          label="Wie doet het"
          hint="inwoner, consulent of een naam."
          required
          value={eigenaar}
          onChange={(e) => setEigenaar(e.target.value)}
        />
        <Tekstveld
          label="Streefdatum van de actie"
          type="date"
          required
          value={streefdatum}
          onChange={(e) => setStreefdatum(e.target.value)}
        />
      </div>
    </PlanFormulier>
  );
}

export function AkkoordVastleggen({ trajectId, bijgewerkt }: PlanProps) {
  const [door, setDoor] = useState('');
  const [op, setOp] = useState(vandaag());
  const verstuur = async () => {
    await trajectenApi.POST('/trajecten/{id}/plan/akkoord', { params: path(trajectId), body: { door, op } });
    bijgewerkt();
    return 'Het akkoord op het plan is vastgelegd.';
  };
  return (
    <PlanFormulier kop="Akkoord op het plan vastleggen" knop="Akkoord vastleggen" verstuur={verstuur}>
      <div className="rij">
        <Tekstveld
          label="Akkoord gegeven door"
          hint="Meestal de inwoner, met naam."
          required
          value={door}
          onChange={(e) => setDoor(e.target.value)}
        />
        <Tekstveld
          label="Datum van het akkoord"
          type="date"
          required
          max={vandaag()}
          value={op}
          onChange={(e) => setOp(e.target.value)}
        />
      </div>
    </PlanFormulier>
  );
}
