import type { Paginering } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import type { DeclaratieAanvraag, DeclaratieResultaat, TeIndienenDeclaratie, Uitsluitingsreden } from '../domain';
import type { Kandidaten, Sql } from '../../kostenregels/kostenregels.port';

/** A claim in a list: its scheme, period, state and (once compiled) totals. */
export interface DeclaratieSamenvattingRij {
  id: string;
  regeling_code: string;
  periode_van: string;
  periode_tot: string;
  status: string;
  voortgang: number;
  subsidiabel: number | null;
  bijdrage: number | null;
  created_at: Date;
  ingediend_op: Date | null;
}

/** The facts of a compiled claim its export documents show (the PDF and the XLSX summary). */
export interface DeclaratieKop {
  id: string;
  status: string;
  regeling_code: string;
  periode_van: string;
  periode_tot: string;
  /** The stored JSON of a DeclaratieResultaat, read by key. */
  resultaat: Record<string, any>;
  ingediend_op: Date | null;
  /** Lines per reason ('opgenomen' for the included ones). */
  aantallen: Record<string, number> | null;
}

/** The contract's claim shape, with the scheme, period and progress beside it; totals and lines once compiled. */
export interface DeclaratieView {
  id: string;
  status: string;
  regelingCode: string;
  periodeVan: string;
  periodeTot: string;
  voortgang: number;
  subsidiabelCenten?: number;
  bijdrageCenten?: number;
  directePersoneelskostenCenten?: number;
  flatRateCenten?: number;
  opgenomen?: string[];
  uitgesloten?: { kostenregelId: string; reden: Uitsluitingsreden }[];
  aantallen?: DeclaratieAantallen;
  indicatoren?: Record<string, unknown>;
  ingediendOp?: string;
}

/** How many lines a compiled claim includes, and excludes per reason (a reason none has is left out). */
export interface DeclaratieAantallen {
  opgenomen: number;
  uitgesloten: Partial<Record<Uitsluitingsreden, number>>;
}

/** A claim without its lines, which may be a million: read apart, in batches (leesOordelen). */
export type DeclaratieZonderRegels = Omit<DeclaratieView, 'opgenomen' | 'uitgesloten'>;

export interface AuditRegel {
  actie: string;
  door: string;
  op: string;
  details: unknown;
}

/** The tables declaraties, declaratie_regels and declaratie_audit: a claim, its judged lines and its history. */
export interface DeclaratieRepositoryPort {
  /** A new claim, `in-bewerking`, with its first audit line, in the caller's transaction. */
  maak(sql: Sql, id: string, aanvraag: DeclaratieAanvraag, wie: Principal): Promise<void>;
  /** The organisation that owns a claim: null for none, undefined when there is no such claim. */
  eigenaar(id: string): Promise<{ organisatie: string | null } | undefined>;
  /** The claim with all its lines, for a claim compiled within its request (at most DECLARATIE_DIRECT_MAX lines). */
  lees(id: string): Promise<DeclaratieView | undefined>;
  zonderRegels(id: string): Promise<DeclaratieZonderRegels | undefined>;
  status(id: string): Promise<string | undefined>;
  audit(id: string): Promise<AuditRegel[]>;
  lijst(
    filter: { regelingCode?: string; status?: string; organisatie: string | null },
    p: Paginering,
  ): Promise<{ rijen: DeclaratieSamenvattingRij[]; totaal: number }>;
  /** The claim and its scheme's name, for the export documents. */
  kop(id: string): Promise<DeclaratieKop | undefined>;
  /** The ids of the claims still compiling (queued again at every start). */
  inBewerking(): Promise<string[]>;

  /** Locks the claim for its submission (FOR UPDATE), with its owner. */
  voorIndiening(sql: Sql, id: string): Promise<(TeIndienenDeclaratie & { organisatie: string | null }) | undefined>;
  aantalOpgenomen(sql: Sql, id: string): Promise<number>;
  markeerIngediend(sql: Sql, id: string, op: Date, door: string): Promise<void>;

  /** For its compilation: the claim's candidates when it is still compiling and no other compilation holds it. */
  voorSamenstelling(sql: Sql, id: string): Promise<Kandidaten | undefined>;
  wisRegels(sql: Sql, id: string): Promise<void>;
  rondSamenstellingAf(
    sql: Sql,
    id: string,
    samenvatting: Omit<DeclaratieResultaat, 'opgenomen' | 'uitgesloten'>,
    kandidaten: number,
    /** Participants whose processing is restricted: kept in, and flagged in the claim's audit row. */
    beperkteDeelnemers?: number,
  ): Promise<void>;
}

export const DECLARATIE_REPOSITORY = Symbol('wiz:subsidies:declaratie-repository');
