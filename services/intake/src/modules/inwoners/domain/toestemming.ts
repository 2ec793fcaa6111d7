import { DomainError, type ToestemmingDoel } from '@wiz/contracts';

/** One consent: given once, for one purpose (and for the vacancy purpose one vacancy), withdrawn at most once. */
export interface Toestemming {
  id: string;
  inwonerId: string;
  doel: ToestemmingDoel;
  vacatureId?: string;
  gegevenOp: string;
  /** The last day it holds (YYYY-MM-DD); absent: until withdrawn. */
  geldigTot?: string;
  ingetrokkenOp?: string;
  /** Staff gave it, or last changed it, on behalf of the inwoner. */
  namens: boolean;
}

export interface ToestemmingVerzoek {
  doel: ToestemmingDoel;
  vacatureId?: string;
  geldigTot?: string;
}

/** In force on `vandaag` (the Dutch calendar day): not withdrawn and not lapsed. */
export function isActief(t: Pick<Toestemming, 'ingetrokkenOp' | 'geldigTot'>, vandaag: string): boolean {
  return t.ingetrokkenOp === undefined && (t.geldigTot === undefined || vandaag <= t.geldigTot);
}

const zelfdeDoel = (t: Toestemming, v: ToestemmingVerzoek) =>
  t.doel === v.doel && (t.vacatureId ?? null) === (v.vacatureId ?? null);

/** The consent in force for this purpose (and vacancy), if any. */
export function actieveVoor(
  toestemmingen: readonly Toestemming[],
  verzoek: ToestemmingVerzoek,
  vandaag: string,
): Toestemming | undefined {
  return toestemmingen.find((t) => zelfdeDoel(t, verzoek) && isActief(t, vandaag));
}

/**
 * A new consent may be given when none is in force for the same purpose and vacancy (409 otherwise: withdraw it
 * first, or it lapses), and when its last day is not in the past.
 */
export function beoordeelGeven(bestaande: readonly Toestemming[], verzoek: ToestemmingVerzoek, vandaag: string): void {
  if (verzoek.geldigTot !== undefined && verzoek.geldigTot < vandaag) throw new GeldigTotVerleden(verzoek.geldigTot);
  if (actieveVoor(bestaande, verzoek, vandaag)) throw new ToestemmingAlGegeven(verzoek.doel);
}

/** A consent is withdrawn once; a lapsed one may still be withdrawn (it says so explicitly then). */
export function beoordeelIntrekken(t: Toestemming): void {
  if (t.ingetrokkenOp !== undefined) throw new ToestemmingAlIngetrokken(t.id);
}

/** Consents that have not been withdrawn, per purpose and vacancy, never overlap. */
export class ToestemmingAlGegeven extends DomainError {
  readonly kind = 'conflict';

  constructor(doel: string) {
    super(`A consent for ${doel} (and this vacancy) is in force already; withdraw it before giving a new one.`);
  }
}

export class ToestemmingAlIngetrokken extends DomainError {
  readonly kind = 'conflict';

  constructor(id: string) {
    super(`Consent ${id} was withdrawn already.`);
  }
}

export class GeldigTotVerleden extends DomainError {
  readonly kind = 'invalid';

  constructor(geldigTot: string) {
    super(`geldigTot ${geldigTot} is in the past.`, { name: 'geldigTot', message: 'must be today or later' });
  }
}

/** Not one of the caller's own consents (or of this inwoner's): answered as absent. */
export class ToestemmingOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(id: string) {
    super(`Consent ${id} not found.`);
  }
}

/** The old PUT names a purpose only: the vacancy purpose needs its vacancy (POST .../toestemmingen). */
export class DoelVraagtVacature extends DomainError {
  readonly kind = 'invalid';

  constructor() {
    super('profiel-delen-met-vacature names a vacancy: use POST /api/v1/inwoners/{inwonerId}/toestemmingen.');
  }
}
