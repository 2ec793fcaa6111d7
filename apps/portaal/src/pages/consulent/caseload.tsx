import { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { heeftRol } from '../../auth/claims';
import { useSessie } from '../../auth/session';
import { Vervanging } from '../teamleider/vervanging';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { CaseloadTabel } from './caseload-tabel';
import { Bladeren } from './bladeren';

// A name per row is one audited read in intake: a short page keeps the audit to what the consulent looks at.
const PAGINAGROOTTE = 20;

/** A worklist of trajecten with their persons, most urgent first (the service's order). */
function CaseloadLijst({
  pad,
  titel,
  uitleg,
  children,
}: {
  pad: '/caseload' | '/caseload/team';
  titel: string;
  uitleg: string;
  children?: ReactNode;
}) {
  const [zoek, setZoek] = useSearchParams();
  const pagina = Number(zoek.get('pagina') ?? '1');
  const lijst = useLaden(
    (signal) =>
      gegevens(trajectenApi.GET(pad, { params: { query: { pagina, paginagrootte: PAGINAGROOTTE } }, signal })),
    [pad, pagina],
  );
  return (
    <Pagina titel={titel}>
      <p>{uitleg}</p>
      <Probleem fout={lijst.fout} />
      {lijst.data ? (
        <>
          <CaseloadTabel lijst={lijst.data} titel={titel} />
          <Bladeren
            lijst={lijst.data}
            label={`Pagina's van ${titel}`}
            naarPagina={(p) => setZoek({ pagina: String(p) })}
          />
        </>
      ) : (
        !lijst.fout && <Bezig />
      )}
      {children}
    </Pagina>
  );
}

export function MijnCaseload() {
  return (
    <CaseloadLijst
      pad="/caseload"
      titel="Mijn caseload"
      uitleg="De trajecten die aan u zijn toegewezen, en die van collega's voor wie u waarneemt. Het meest dringende staat bovenaan."
    />
  );
}

export function TeamCaseload() {
  const { sessie } = useSessie();
  return (
    <CaseloadLijst
      pad="/caseload/team"
      titel={sessie?.team ? `Team ${sessie.team}` : 'Team'}
      uitleg={
        sessie?.team
          ? 'De trajecten van uw team. Het meest dringende staat bovenaan.'
          : 'U hoort bij geen team, dus deze lijst is leeg. Uw teamleider of beheer zet u in een team.'
      }
    >
      {/* a team lead (or beheer) arranges stand-ins for the team's consulenten */}
      {sessie && heeftRol(sessie, ['teamleider']) && <Vervanging organisatie={sessie.organisatie} />}
    </CaseloadLijst>
  );
}
