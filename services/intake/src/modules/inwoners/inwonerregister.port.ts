import type { EntityManager } from 'typeorm';
import type { CombinedWrite, Principal } from '@wiz/platform';
import type { Identiteitsveld } from './domain/identiteit';
import type { InwonerGegevens } from './domain/inwoner-gegevens';

/** Injection token of the `Inwonerregister` that InwonersModule exports. */
export const INWONERREGISTER = Symbol('Inwonerregister');
/** Injection token of the `Inwoneridentificatie` that InwonersModule exports. */
export const INWONERIDENTIFICATIE = Symbol('Inwoneridentificatie');

export interface Inschrijving {
  inwonerId: string;
  /** A likely duplicate of an inwoner the registering organisation sees (others' are flagged for beheer only). */
  mogelijkDubbel: boolean;
  /** The BSN was known and these identity fields differ from the identity held for it. */
  afwijkendeVelden: Identiteitsveld[];
}

/** An inwoner to register as part of the statement that stores their aanmelding (one round trip for both). */
export interface NieuweInschrijving {
  /** The new inwoner's id: the aanmelding's, unless the BSN turns out to be held already. */
  inwonerId: string;
  /**
   * Adds the inwoner's writes to `write` (nothing is written when the BSN is held already). `nieuw`: the part with a
   * row once the inwoner was written (the aanmelding waits for it); `uitkomst`, once `write` ran: whose aanmelding it
   * is, which for a BSN held already is that inwoner's (then store the aanmelding again, with its id). `alleenAls`:
   * an SQL condition of `write`; where it does not hold nothing is written and `uitkomst` must not be asked.
   */
  schrijfMee(
    write: CombinedWrite,
    alleenAls: string,
  ): {
    nieuw: string;
    uitkomst: (m: EntityManager, antwoord: Record<string, unknown>) => Promise<Inschrijving>;
  };
}

/** What aanmeldingen may ask of the inwoners, in the transaction `m` of the aanmelding itself. */
export interface Inwonerregister {
  /** Registers a new inwoner in the statement of their aanmelding, or finds the one held for their BSN. */
  nieuweInschrijving(gegevens: InwonerGegevens, door: Principal): NieuweInschrijving;
  /** Puts an aanmelding whose identity differs from the one held for its BSN on beheer's worklist. */
  openIdentiteitscontrole(
    m: EntityManager,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
  ): Promise<void>;
  /** `openIdentiteitscontrole` in the statement `write` that stores the aanmelding, its part `na`. */
  openIdentiteitscontroleMee(
    write: CombinedWrite,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
    na: string,
  ): void;
  /** Registers a person who orients themselves anonymously: a chosen name, contact data and the gemeente routed to. */
  schrijfAnoniemIn(m: EntityManager, gegevens: AnoniemeGegevens): Promise<string>;
}

export interface AnoniemeGegevens {
  roepnaam: string;
  email: string | null;
  telefoon: string | null;
  gemeentecode: string;
}

export interface Identificatie {
  /** The inwoner the person turned out to be: an existing one (merged into) or the former anonymous record. */
  inwonerId: string;
  samengevoegd: boolean;
  /** Merged by BSN into an inwoner held with another name or birth date: these differ (to be checked by beheer). */
  afwijkendeVelden: Identiteitsveld[];
}

/** Identifying an anonymous person, in the transaction `m` of the aanmeldingen that waited for it. */
export interface Inwoneridentificatie {
  /**
   * The caller may identify this record: it exists, they see it, it is not restricted, merged away or identified
   * already (else the 404, 403 or 409 that says so). Before anything about the record is weighed or told.
   */
  eisTeIdentificeren(m: EntityManager, anoniemId: string, door: Principal): Promise<void>;
  identificeer(
    m: EntityManager,
    anoniemId: string,
    identiteit: InwonerGegevens,
    door: Principal,
  ): Promise<Identificatie>;
}
