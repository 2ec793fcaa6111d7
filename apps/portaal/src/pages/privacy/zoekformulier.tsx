import { FormEvent, useState } from 'react';
import { vandaag } from '../../components/opmaak';
import { Keuzelijst, Tekstveld } from '../../components/velden';
import type { AuditVraag } from './audit-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ditJaar = () => ({ van: `${vandaag().slice(0, 4)}-01-01`, tot: vandaag() });

/** Who is asked about: a person (by inwoner-id) or a user (their user name), over a period (default: this year). */
export function Zoekformulier({ begin, zoek }: { begin?: AuditVraag; zoek: (vraag: AuditVraag) => void }) {
  const [op, setOp] = useState<'inwoner' | 'gebruiker'>(begin?.gebruiker ? 'gebruiker' : 'inwoner');
  const [inwonerId, setInwonerId] = useState(begin?.inwonerId ?? '');
  const [gebruiker, setGebruiker] = useState(begin?.gebruiker ?? '');
  const [periode, setPeriode] = useState({ van: begin?.van ?? ditJaar().van, tot: begin?.tot ?? ditJaar().tot });
  const [fouten, setFouten] = useState<{ inwonerId?: string; gebruiker?: string; tot?: string }>({});
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const gevonden = {
      inwonerId: op === 'inwoner' && !UUID.test(inwonerId.trim()) ? 'Vul een inwoner-id in (36 tekens).' : undefined,
      gebruiker: op === 'gebruiker' && !gebruiker.trim() ? 'Vul de gebruikersnaam in.' : undefined,
      tot: periode.van > periode.tot ? 'De einddatum ligt vóór de begindatum.' : undefined,
    };
    setFouten(gevonden);
    if (Object.values(gevonden).some(Boolean)) return;
    zoek(op === 'inwoner' ? { inwonerId: inwonerId.trim(), ...periode } : { gebruiker: gebruiker.trim(), ...periode });
  };
  return (
    <form onSubmit={verstuur} className="formulier" aria-labelledby="zoek-kop" noValidate>
      <h2 id="zoek-kop">Wie zag welke gegevens?</h2>
      <Keuzelijst
        label="Zoeken op"
        value={op}
        onChange={(e) => setOp(e.target.value as 'inwoner' | 'gebruiker')}
        opties={[
          { waarde: 'inwoner', tekst: 'Een inwoner: wie las of wijzigde diens gegevens' },
          { waarde: 'gebruiker', tekst: 'Een gebruiker: wiens gegevens las of wijzigde die' },
        ]}
      />
      {op === 'inwoner' ? (
        <Tekstveld
          label="Inwoner-id"
          hint="Het id van de inwoner, bijvoorbeeld uit het verzoek of de inwonerpagina."
          required
          autoComplete="off"
          value={inwonerId}
          fout={fouten.inwonerId}
          onChange={(e) => setInwonerId(e.target.value)}
        />
      ) : (
        <Tekstveld
          label="Gebruikersnaam"
          required
          autoComplete="off"
          value={gebruiker}
          fout={fouten.gebruiker}
          onChange={(e) => setGebruiker(e.target.value)}
        />
      )}
      <div className="rij">
        <Tekstveld
          label="Van"
          type="date"
          required
          value={periode.van}
          onChange={(e) => setPeriode((p) => ({ ...p, van: e.target.value }))}
        />
        <Tekstveld
          label="Tot en met"
          type="date"
          required
          value={periode.tot}
          fout={fouten.tot}
          onChange={(e) => setPeriode((p) => ({ ...p, tot: e.target.value }))}
        />
      </div>
      <p>
        <button type="submit" className="knop">
          Zoeken in alle diensten
        </button>
      </p>
    </form>
  );
}
