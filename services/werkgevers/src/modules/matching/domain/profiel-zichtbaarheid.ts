import type { ToestemmingDoel } from '@wiz/contracts';

/** A consent as werkgevers holds it: the newest change per inwoner, purpose and (for one vacancy) vacancy. */
export interface ToestemmingStand {
  doel: ToestemmingDoel;
  vacatureId?: string | null;
  gegeven: boolean;
  /** The last day it holds (YYYY-MM-DD); none: until withdrawn. */
  geldigTot?: string | null;
}

export interface ProfielGate {
  /** The person's consents as held here (any purpose; those that do not concern this vacancy count for nothing). */
  toestemmingen: readonly ToestemmingStand[];
  /** The vacancy whose candidate list is read. */
  vacatureId: string;
  /** The Dutch calendar day of the read (YYYY-MM-DD). */
  vandaag: string;
  /** The consultant released the profile for matching. */
  vrijgegeven: boolean;
}

/** The consents that let employer teams of this vacancy see a profile: to all employers, or to this vacancy's. */
export function geldtVoorVacature(t: ToestemmingStand, vacatureId: string): boolean {
  return (
    t.doel === 'profiel-delen-met-werkgevers' ||
    (t.doel === 'profiel-delen-met-vacature' && typeof t.vacatureId === 'string' && t.vacatureId === vacatureId)
  );
}

/**
 * The consent gate for candidate profiles, in one place so no screen or export can apply a weaker rule: an
 * employer team sees a profile only when the person consented (to all employers, or to this vacancy's; given, not
 * withdrawn, not lapsed on `vandaag`) AND the consultant released it. Checked at read time, so a consent lapses
 * after its geldigTot without any event. Anything but an explicit `true` counts as no.
 */
export function magProfielZien(gate: ProfielGate): boolean {
  const toestemming = gate.toestemmingen.some(
    (t) =>
      t.gegeven === true &&
      (t.geldigTot == null || gate.vandaag <= t.geldigTot) &&
      geldtVoorVacature(t, gate.vacatureId),
  );
  return toestemming && gate.vrijgegeven === true;
}

/**
 * What of the consents for this vacancy goes into the candidate code (`pseudoniem`): when each last changed, and
 * when a lapsed one lapsed. So the code is new after a withdrawal or a lapse (a team cannot recognise the person
 * when the profile shows again) and stable while nothing changes. Undefined while the person never answered.
 */
export function toestemmingsmoment(
  toestemmingen: readonly (ToestemmingStand & { gewijzigdOp: Date })[],
  vacatureId: string,
  vandaag: string,
): string | undefined {
  const momenten = toestemmingen
    .filter((t) => geldtVoorVacature(t, vacatureId))
    .map((t) =>
      t.gegeven === true && t.geldigTot != null && vandaag > t.geldigTot
        ? `${t.gewijzigdOp.toISOString()}/${t.geldigTot}`
        : t.gewijzigdOp.toISOString(),
    )
    .sort();
  return momenten.length ? momenten.join(',') : undefined;
}
