/** One audit row as the unusual-reading report needs it. */
export interface Inzage {
  subject: string;
  at: Date;
  inwonerIds: readonly string[];
}

export interface Drempels {
  /** A user with a caseload is flagged above factor × caseload distinct inwoners a day. */
  factor: number;
  /** A user without a (known) caseload is flagged above this many distinct inwoners a day. */
  maxInwoners: number;
  /** The night, as minutes after local midnight; it may wrap past midnight (22:00–06:00: 1320–360). */
  nachtVan: number;
  nachtTot: number;
  tijdzone: string;
}

export type Reden = 'meer-dan-caseload' | 'boven-maximum' | 'nachtelijk-lezen';

export interface Melding {
  gebruiker: string;
  inwoners: number;
  caseload: number | null;
  drempel: number;
  nachtelijkeInzages: number;
  redenen: Reden[];
}

/** Minutes after local midnight of `at` in `tijdzone`. */
export function lokaleMinuten(at: Date, tijdzone: string): number {
  const delen = new Intl.DateTimeFormat('en-GB', {
    timeZone: tijdzone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return Number(delen.hour) * 60 + Number(delen.minute);
}

export function isNacht(at: Date, d: Pick<Drempels, 'nachtVan' | 'nachtTot' | 'tijdzone'>): boolean {
  const m = lokaleMinuten(at, d.tijdzone);
  return d.nachtVan <= d.nachtTot ? m >= d.nachtVan && m < d.nachtTot : m >= d.nachtVan || m < d.nachtTot;
}

/**
 * The day's unusual reading: per user the distinct inwoners whose data they read, against factor × their caseload
 * (when known and above 0) or else the fixed maximum, and the reads at night. Only users with a reason are listed,
 * most inwoners first. Rows naming no inwoner (configuration changes) do not count.
 */
export function ongebruikelijkLezen(
  inzages: readonly Inzage[],
  caseloads: ReadonlyMap<string, number>,
  d: Drempels,
): Melding[] {
  const perGebruiker = new Map<string, { inwoners: Set<string>; nacht: number }>();
  for (const inzage of inzages) {
    if (inzage.inwonerIds.length === 0) continue;
    const g = perGebruiker.get(inzage.subject) ?? { inwoners: new Set<string>(), nacht: 0 };
    inzage.inwonerIds.forEach((id) => g.inwoners.add(id));
    if (isNacht(inzage.at, d)) g.nacht += 1;
    perGebruiker.set(inzage.subject, g);
  }
  const meldingen: Melding[] = [];
  for (const [gebruiker, g] of perGebruiker) {
    const caseload = caseloads.get(gebruiker) ?? null;
    const metCaseload = caseload !== null && caseload > 0;
    const drempel = metCaseload ? d.factor * caseload : d.maxInwoners;
    const redenen: Reden[] = [];
    if (g.inwoners.size > drempel) redenen.push(metCaseload ? 'meer-dan-caseload' : 'boven-maximum');
    if (g.nacht > 0) redenen.push('nachtelijk-lezen');
    if (redenen.length) {
      meldingen.push({ gebruiker, inwoners: g.inwoners.size, caseload, drempel, nachtelijkeInzages: g.nacht, redenen });
    }
  }
  return meldingen.sort((a, b) => b.inwoners - a.inwoners || a.gebruiker.localeCompare(b.gebruiker));
}
