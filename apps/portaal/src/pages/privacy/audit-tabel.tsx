import { ROL_NAMEN, type Rol } from '../../auth/claims';
import { alsGetal, alsTijdstip } from '../../components/opmaak';
import { organisatieNaam } from '../frontoffice/namen';
import { actieTekst, doelTekst } from './audit-teksten';
import { DIENST_NAMEN, MAX_REGELS_PER_DIENST, samengevoegd, type Trail } from './audit-api';

const rollen = (r: string[]) => r.map((rol) => ROL_NAMEN[rol as Rol] ?? rol).join(', ');
const wat = (w: { soort: string; id: string | null }) => (w.id ? `${w.soort} ${w.id.slice(0, 8)}` : w.soort);

/** Every service's trail in one table, latest first: when, who, in what role and organisation, where, why, what. */
export function AuditTabel({ trail }: { trail: Trail }) {
  const regels = samengevoegd(trail);
  const afgekapt = trail.filter((t) => t.data && t.data.totaal > t.data.regels.length);
  return (
    <>
      {afgekapt.length > 0 && (
        <p className="melding melding-info">
          Meer dan {alsGetal(MAX_REGELS_PER_DIENST)} regels bij{' '}
          {afgekapt.map((t) => `${DIENST_NAMEN[t.dienst]} (${alsGetal(t.data!.totaal)})`).join(', ')}: alleen de
          nieuwste staan hieronder. Kies een kortere periode.
        </p>
      )}
      {regels.length === 0 ? (
        <p>Geen vastgelegde inzage of wijziging gevonden in de diensten die antwoord gaven.</p>
      ) : (
        <div className="tabel-schuif">
          <table>
            <caption>Audittrail van alle diensten ({alsGetal(regels.length)} regels, nieuwste eerst)</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wie</th>
                <th scope="col">Rol</th>
                <th scope="col">Organisatie</th>
                <th scope="col">Dienst</th>
                <th scope="col">Actie</th>
                <th scope="col">Doel</th>
                <th scope="col">Wat</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={`${r.dienst}-${r.id}`}>
                  <td>{alsTijdstip(r.at)}</td>
                  <td>{r.gebruiker}</td>
                  <td>{rollen(r.rollen)}</td>
                  <td>{organisatieNaam(r.organisatie)}</td>
                  <td>{DIENST_NAMEN[r.dienst]}</td>
                  <td>{actieTekst(r.actie)}</td>
                  <td>{doelTekst(r.doel)}</td>
                  <td>{wat(r.wat)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
