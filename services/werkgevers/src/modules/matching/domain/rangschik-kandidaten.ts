export interface Kandidaat {
  trajectId: string;
  /** Skills as matched: vocabulary codes and normalised free skills (`Vocabulaire.koppel`). */
  skills: readonly string[];
  /**
   * What equals are ordered by (default: the trajectId). The candidates screen passes the candidate's code, so the
   * order among equals says no more than the codes do: it changes with the code when consent changes.
   */
  volgorde?: string;
}

export interface GerangschikteKandidaat {
  trajectId: string;
  score: number; // number of the vacancy's skills the candidate has
  overlap: string[]; // in the vacancy's order, so the screen lists them the way the employer asked
  dekking: number; // overlap / skills asked, as a fraction with 2 decimals rounded down; 0 when none asked
}

// Code-unit order, not localeCompare: the same input must give the same order on every machine and locale.
const opCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks candidates by how many of the vacancy's skills they have. Candidates without any overlap stay on the
 * list (last): No Wrong Door holds for employers too, so a vacancy without skills still lists everyone in Matchen.
 * Order: score desc, dekking desc, `volgorde` (else trajectId) asc — fully deterministic.
 */
export function rangschikKandidaten(
  vacatureSkills: readonly string[],
  kandidaten: readonly Kandidaat[],
): GerangschikteKandidaat[] {
  const gevraagd = [...new Set(vacatureSkills)]; // a skill asked twice counts once
  return kandidaten
    .map((k) => {
      const heeft = new Set(k.skills);
      const overlap = gevraagd.filter((s) => heeft.has(s));
      const dekking = gevraagd.length === 0 ? 0 : Math.floor((overlap.length * 100) / gevraagd.length) / 100;
      return {
        volgorde: k.volgorde ?? k.trajectId,
        gerangschikt: { trajectId: k.trajectId, score: overlap.length, overlap, dekking },
      };
    })
    .sort(
      (a, b) =>
        b.gerangschikt.score - a.gerangschikt.score ||
        b.gerangschikt.dekking - a.gerangschikt.dekking ||
        opCodeUnits(a.volgorde, b.volgorde),
    )
    .map((k) => k.gerangschikt);
}
