import { ReactNode, useEffect, useRef } from 'react';

/** The first page of a visit keeps the browser's own start (the skip link comes first); later ones take focus. */
let eerstePagina = true;

/**
 * One screen: sets the document title and renders its heading, which takes focus on arrival so a screen reader
 * announces the new page after client-side navigation (WCAG 2.4.2, 2.4.3).
 */
export function Pagina({ titel, children, acties }: { titel: string; children: ReactNode; acties?: ReactNode }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${titel} · Werk in Zicht`;
    if (eerstePagina) eerstePagina = false;
    else kop.current?.focus();
  }, [titel]);
  return (
    <>
      <div className="paginakop">
        <h1 ref={kop} tabIndex={-1}>
          {titel}
        </h1>
        {acties && <div className="acties">{acties}</div>}
      </div>
      {children}
    </>
  );
}

/** A status line for loading and saving, announced politely. */
export function Bezig({ tekst = 'Bezig met laden…' }: { tekst?: string }) {
  return (
    <p role="status" className="bezig">
      {tekst}
    </p>
  );
}
