// Which streefwaarde is in force on a date. Trajecten's monitor and werkgevers' afspraakbanen both choose among the
// streefwaarden beheer set (streefwaarde-vastgesteld), so the rule stands here once.

export interface GedateerdeStreefwaarde {
  geldigVanaf: string;
  /** ISO timestamp of when beheer set it. */
  vastgesteldOp: string;
}

/**
 * The one in force on `peildatum`: the latest geldigVanaf on or before it; on the same date the latest set; then the
 * highest id, so the choice never depends on the order the rows or events arrived in. Null when none is in force.
 */
export function geldendOp<T extends GedateerdeStreefwaarde>(
  kandidaten: readonly T[],
  peildatum: string,
  id: (t: T) => string,
): T | null {
  const later = (a: T, b: T) =>
    b.geldigVanaf.localeCompare(a.geldigVanaf) ||
    b.vastgesteldOp.localeCompare(a.vastgesteldOp) ||
    id(b).localeCompare(id(a));
  return kandidaten.filter((s) => s.geldigVanaf <= peildatum).sort(later)[0] ?? null;
}
