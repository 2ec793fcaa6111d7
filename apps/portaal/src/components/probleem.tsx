import { ApiProblem } from '../api/client';

const TITELS: Record<number, string> = {
  400: 'De gegevens zijn niet goed ingevuld',
  403: 'U hebt geen toegang tot deze gegevens',
  404: 'Niet gevonden',
  409: 'Dit botst met de huidige gegevens',
  412: 'Iemand anders heeft dit intussen gewijzigd; laad de pagina opnieuw',
  413: 'Het bestand is te groot',
  422: 'Dit kan niet worden verwerkt',
  429: 'Te veel verzoeken; probeer het zo opnieuw',
  503: 'De dienst is even niet bereikbaar; probeer het zo opnieuw',
};

/**
 * Shows a refused request in Dutch: a title by status, the service's detail, and each field it names (with the
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
  return (
    <div role="alert" className="melding melding-fout">
      <p className="melding-titel">{probleem ? (TITELS[probleem.status] ?? 'Er ging iets mis') : 'Er ging iets mis'}</p>
      {fout.message && <p>{fout.message}</p>}
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
