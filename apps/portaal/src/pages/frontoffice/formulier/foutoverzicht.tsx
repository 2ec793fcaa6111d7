/**
 * The list of errors above a form after a refused submit (`poging`), with a link to each field. useVersturen gives
 * it focus on every refused submit (it looks for data-foutoverzicht), so keyboard and screen reader users start
 * from what needs fixing (WCAG 3.3.1).
 */
export function Foutoverzicht({
  fouten,
  poging,
}: {
  fouten: readonly { veld: string; bericht?: string }[];
  poging: number;
}) {
  if (poging === 0 || fouten.length === 0) return null;
  return (
    <div
      data-foutoverzicht
      tabIndex={-1}
      role="alert"
      aria-labelledby="foutoverzicht-titel"
      className="melding melding-fout foutoverzicht"
    >
      <h2 id="foutoverzicht-titel" className="melding-titel">
        {fouten.length === 1 ? 'Er is 1 ding niet goed ingevuld' : `Er zijn ${fouten.length} dingen niet goed ingevuld`}
      </h2>
      <ul>
        {fouten.map(({ veld, bericht }) => (
          <li key={veld}>
            <a href={`#${veld}`} onClick={(e) => naarVeld(e, veld)}>
              {bericht}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The shared field components give their inputs generated ids, so a link finds its field by name instead.
function naarVeld(e: React.MouseEvent, veld: string) {
  e.preventDefault();
  document.getElementsByName(veld)[0]?.focus();
}
