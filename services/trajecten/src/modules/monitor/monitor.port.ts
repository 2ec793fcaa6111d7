import type { EntityManager } from 'typeorm';
import type { CombinedWrite } from '@wiz/platform';
import type { ActiviteitResultaat, ActiviteitSoort, Doelgroep, Stap } from '@wiz/contracts';
import { isStapVooruit, type Gebeurtenis } from './domain/stap-vooruit';
import type { MonitorCijfers, MonitorVraag } from './domain/monitor-cijfers.type';

export { isStapVooruit, type Gebeurtenis };

export type Metriek =
  | 'gestart'
  | 'vooruit'
  | `vooruit:${Stap}`
  | 'plaatsing'
  | 'duurzame-plaatsing'
  | `${'gestart' | 'plaatsing' | 'vooruit'}:${DoelgroepOfOnbekend}`;

export type DoelgroepOfOnbekend = Doelgroep | 'onbekend';

export interface Context {
  /** Unique per fact, e.g. `activiteit:<id>`, so a fact delivered twice is kept once. */
  bron: string;
  inwonerId: string;
  trajectId: string;
  gemeentecode: string;
  huidigeStap: Stap;
  /** When the fact happened: its day counts (an activity's datum, a placement's startdatum, …). */
  op: Date | string;
}

export interface MonitorPlaatsing {
  plaatsingId: string;
  inwonerId: string;
  gemeentecode: string;
  startdatum: string;
  urenPerWeek: number;
  afspraakbaan: boolean;
}

/** Injection tokens of the ports MonitorModule exports: to the contexts whose changes it counts, and its figures. */
export const MONITOR_PROJECTIE = Symbol('MonitorProjectie');
export const MONITOR_PERSONEN = Symbol('MonitorPersonen');

/** The count of steps forward, written in the transaction of the change it counts. */
/** A traject as the facts counted under it (placements, hours) need it. */
export interface TrajectVoorFeiten {
  id: string;
  inwoner_id: string;
  gemeentecode: string;
  huidige_stap: Stap;
}

export interface MonitorProjectiePort {
  /** The trajecten facts are counted under, locked FOR SHARE in id order; an id not known here is missing. */
  trajectenVoorFeiten(m: EntityManager, ids: readonly string[]): Promise<Map<string, TrajectVoorFeiten>>;
  /** A fact about an inwoner; when it is a step forward it counts (once per `bron`). */
  registreer(m: EntityManager, g: Gebeurtenis, c: Context): Promise<void>;
  /** `registreer` of one kind of fact for several contexts (a batch of events), in one statement per table. */
  registreerAlle(m: EntityManager, g: Gebeurtenis, cs: readonly Context[]): Promise<void>;
  /** One more of a counter on a day (a duurzame plaatsing). */
  tel(m: EntityManager, metriek: Metriek, op: Date | string, gemeentecode: string): Promise<void>;
}

/** What the monitor keeps per person: doelgroepen, activities and placements. */
export interface MonitorPersonenPort {
  /**
   * The doelgroepen an aanmelding named, added to the inwoner's (a person in several aanmeldingen keeps every one),
   * as a part of the caller's statement, only when the part `na` has a row; from its row, the inwoner's doelgroepen
   * after it ('onbekend' without any), so counting them needs no read.
   */
  doelgroepenMee(
    write: CombinedWrite,
    inwonerId: string,
    doelgroepen?: readonly Doelgroep[],
    na?: string,
  ): (rij: Record<string, unknown>) => DoelgroepOfOnbekend[];
  /**
   * Whether the inwoner has facts, as a part of the caller's statement: a new traject of theirs can bring a fact
   * inside an open traject (binnenTraject weighs all of them), so those inwoners are counted again (`telOpnieuw`).
   */
  heeftFeitenMee(write: CombinedWrite, inwonerId: string): (rij: Record<string, unknown>) => boolean;
  /** Counts these inwoners again from their facts (each locked, in id order). */
  telOpnieuw(m: EntityManager, inwonerIds: readonly string[]): Promise<void>;
  /** `doelgroepen`: the inwoner's as `doelgroepenMee` gave them; read when not given. */
  telMetDoelgroepen(
    m: EntityManager,
    basis: 'gestart' | 'plaatsing',
    inwonerId: string,
    op: Date | string,
    gemeentecode: string,
    doelgroepen?: readonly DoelgroepOfOnbekend[],
  ): Promise<void>;
  activiteitGestart(
    m: EntityManager,
    a: { activiteitId: string; inwonerId: string; gemeentecode: string; soort: ActiviteitSoort; startdatum: string },
  ): Promise<void>;
  activiteitAfgerond(
    m: EntityManager,
    activiteitId: string,
    resultaat: ActiviteitResultaat,
    datum: string,
  ): Promise<void>;
  /** False when the placement was known already (a redelivery). */
  plaatsing(m: EntityManager, p: MonitorPlaatsing): Promise<boolean>;
  /** `plaatsing` of several placements at once; per placement false when known already. */
  plaatsingen(m: EntityManager, ps: readonly MonitorPlaatsing[]): Promise<boolean[]>;
}

export const MONITOR_INWONERS = Symbol('MonitorInwoners');

/** What the inwoner's rights do to the monitor (issue 19): a merge counts the person once, a move changes gemeente. */
export interface MonitorInwonersPort {
  voegSamen(m: EntityManager, vervallen: string, behouden: string): Promise<void>;
  verhuisd(
    m: EntityManager,
    inwonerId: string,
    verhuizing: { van: string; naar: string; vanaf: string },
  ): Promise<void>;
  /** Erasure: the person's rows under a fresh random id, so they link to nobody and every count stays the same. */
  anonimiseer(m: EntityManager, inwonerId: string, anoniem: string): Promise<void>;
}

export const MONITOR_CIJFERS = Symbol('MonitorCijfers');

/** The monitor's figures for a period and gemeente, as GET /monitor gives them and a council report freezes. */
export interface MonitorCijfersPort {
  cijfers(vraag: MonitorVraag): Promise<MonitorCijfers>;
}
