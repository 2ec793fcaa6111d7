import type { EntityManager } from 'typeorm';
import type { CombinedWrite } from '@wiz/platform';
import type { ActiviteitResultaat, ActiviteitSoort, Stap } from '@wiz/contracts';
import type { TrajectToestand } from '../domain/traject';
import type { Houder } from '../domain/houder';
import type { ActiviteitToestand } from '../domain/activiteit';
import type { LaatsteWerkuren } from '../domain/werkuren';

/** Injection token of the `TrajectRepositoryPort` the use cases of this module write through. */
export const TRAJECT_REPOSITORY = Symbol('TrajectRepository');

export interface TrajectRij extends TrajectToestand, Houder {
  id: string;
  inwonerId: string;
  gemeentecode: string;
  participatieladder: number | null;
}

export interface NieuwTraject extends TrajectToestand, Houder {
  id: string;
  inwonerId: string;
  aanmeldingId: string;
  gemeentecode: string;
  gestartOp: string;
  participatieladder: number | null;
}

export interface StartInSchrijving {
  /** The part that holds the new traject's id, no row when it existed already. */
  naam: string;
  gestart(rij: Record<string, unknown>): boolean;
}

/** The traject aggregate (trajecten) with its history: step changes, ladder readings, working hours and activities. */
export interface TrajectRepositoryPort {
  /**
   * The traject's INSERT as a part of the caller's statement (the writes that belong to a start select FROM its
   * `naam`); `gestart` is false when a traject for this aanmelding exists already (a redelivery).
   */
  startMee(write: CombinedWrite, t: NieuwTraject): StartInSchrijving;
  /** `voorWijziging` locks the row so concurrent edits queue up. */
  laad(m: EntityManager, id: string, voorWijziging?: boolean): Promise<TrajectRij | undefined>;
  /** Stores the new state (also who holds it); a closing also records its reason and date. */
  bewaar(m: EntityManager, t: TrajectRij, afsluiting?: Afsluiting): Promise<void>;
  voegOvergangToe(m: EntityManager, o: StapOvergang): Promise<void>;
  voegLadderMetingToe(m: EntityManager, l: LadderMeting): Promise<void>;
  voegWerkurenToe(m: EntityManager, w: Werkuren): Promise<void>;
  /** The newest change of working hours the traject records; undefined when none. */
  laatsteWerkuren(m: EntityManager, trajectId: string): Promise<LaatsteWerkuren | undefined>;
  voegActiviteitToe(m: EntityManager, a: NieuweActiviteit): Promise<void>;
  /** The activity, locked, or undefined when the traject has no such activity. */
  activiteitVoorAfronding(m: EntityManager, trajectId: string, activiteitId: string): Promise<Activiteit | undefined>;
  rondActiviteitAf(m: EntityManager, a: ActiviteitAfronding): Promise<void>;
}

/** Who moved the traject from which step to which, when and why. */
export interface StapOvergang {
  trajectId: string;
  van: Stap;
  naar: Stap;
  door: string;
  toelichting: string;
  op: Date;
}

export interface LadderMeting {
  trajectId: string;
  trede: number;
  op: Date;
  door: string;
}

/** A change of the hours a week someone works outside a placement, from its ingangsdatum. */
export interface Werkuren {
  id: string;
  trajectId: string;
  ingangsdatum: string;
  urenPerWeek: number;
  vorigeUrenPerWeek: number;
  op: Date;
  door: string;
}

export interface NieuweActiviteit {
  id: string;
  trajectId: string;
  soort: ActiviteitSoort;
  startdatum: string;
  door: string;
}

export interface Activiteit extends ActiviteitToestand {
  soort: ActiviteitSoort;
}

export interface ActiviteitAfronding {
  id: string;
  resultaat: ActiviteitResultaat;
  datum: string;
  door: string;
}

export interface Afsluiting {
  afsluitreden: string;
  afgeslotenOp: string;
}
