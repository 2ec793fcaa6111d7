import { alsGetal } from '../../components/opmaak';

/** Previous/next for a paged list, with where the user is; nothing when everything fits on one page. */
export function Bladeren({
  label,
  pagina,
  paginagrootte,
  totaal,
  naar,
}: {
  label: string;
  pagina: number;
  paginagrootte: number;
  totaal: number;
  naar: (pagina: number) => void;
}) {
  const paginas = Math.max(1, Math.ceil(totaal / paginagrootte));
  if (paginas === 1) return null;
  return (
    <nav aria-label={label} className="bladeren">
      <button type="button" className="knop knop-licht" disabled={pagina <= 1} onClick={() => naar(pagina - 1)}>
        Vorige
      </button>
      <span>
        Pagina {alsGetal(pagina)} van {alsGetal(paginas)}
      </span>
      <button type="button" className="knop knop-licht" disabled={pagina >= paginas} onClick={() => naar(pagina + 1)}>
        Volgende
      </button>
    </nav>
  );
}
