import { ApiProblem } from '../api/client';
import { PROBLEEM_TEKSTEN, ProbleemTekst, TITELS_PER_STATUS } from './probleem-teksten';

/**
 * The Dutch title and text of a problem: by its `type`; the text replaces the service's English detail unless the
 * page put a Dutch explanation of its own in its place (consulent/api.ts: inHetNederlands). Without a known type: a title by status.
 */
function nederlandseTekst(probleem: ApiProblem | undefined, melding: string): ProbleemTekst {
  const bekend = probleem && PROBLEEM_TEKSTEN[String(probleem.body.type)];
  if (!probleem) return { titel: 'Er ging iets mis', tekst: melding };
  if (!bekend) return { titel: TITELS_PER_STATUS[probleem.status] ?? 'Er ging iets mis', tekst: melding };
  return { titel: bekend.titel, tekst: melding === probleem.body.detail ? bekend.tekst : melding };
}

/**
 * Shows a refused request in Dutch: a title and text by the problem's type, and each field it names (with the
 * page's Dutch label for that field where it has one). Announced at once (role="alert").
 */
export function Probleem({
  fout,
  veldnamen = {},
}: {
  fout: ApiProblem | Error | undefined;
  veldnamen?: Record<string, string>;
}) {
  if (!fout) return null;
  const probleem = fout instanceof ApiProblem ? fout : undefined;
  // fetch rejects with a TypeError ("Failed to fetch") only when no answer came at all.
  if (fout instanceof TypeError)
    fout = new Error('Er kwam geen antwoord van de dienst. Controleer de verbinding en probeer het opnieuw.');
  const { titel, tekst } = nederlandseTekst(probleem, fout.message);
  return (
    <div role="alert" className="melding melding-fout">
      <p className="melding-titel">{titel}</p>
      {tekst && <p>{tekst}</p>}
      {probleem && probleem.errors.length > 0 && (
        <ul>
          {probleem.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <strong>{veldnamen[e.field] ?? e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A confirmation after a successful action, announced politely. */
export function Gelukt({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="melding melding-gelukt">
      {children}
    </div>
  );
}
