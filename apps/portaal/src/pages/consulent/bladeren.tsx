/** Buttons to the previous and next page of a paged list, when it has more than one. */
export function Bladeren({
  lijst,
  label,
  naarPagina,
}: {
  lijst: { pagina: number; paginagrootte: number; totaal: number };
  label: string;
  naarPagina: (p: number) => void;
}) {
  const paginas = Math.max(1, Math.ceil(lijst.totaal / lijst.paginagrootte));
  if (paginas <= 1) return null;
  return (
    <nav aria-label={label} className="acties">
      <button
        type="button"
        className="knop knop-licht"
        disabled={lijst.pagina <= 1}
        onClick={() => naarPagina(lijst.pagina - 1)}
      >
        Vorige pagina
      </button>
      <button
        type="button"
        className="knop knop-licht"
        disabled={lijst.pagina >= paginas}
        onClick={() => naarPagina(lijst.pagina + 1)}
      >
        Volgende pagina
      </button>
    </nav>
  );
}
