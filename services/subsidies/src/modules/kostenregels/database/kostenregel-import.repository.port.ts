import type { FieldError, Principal } from '@wiz/platform';
import type { Sql } from '../kostenregels.port';

/** Why an import stored nothing: the detail and every bad row's field. */
export interface Weigering {
  detail: string;
  errors: FieldError[];
}

export type ImportResultaat = { aantal: number } | { geweigerd: Weigering };

/** An upload waiting for its job. */
export interface WachtendeImport {
  contentType: string;
  organisatie: string;
  /** Who uploaded it (their subject): the job stores its lines, and names their participants in the audit, for them. */
  aangemaaktDoor: string;
  grootte: number;
}

/** An import run as a job, as the API shows it. */
export interface ImportStand {
  id: string;
  status: string;
  voortgang: number;
  aantal: number | null;
  uitkomst: Weigering | null;
  organisatie: string | null;
}

/** The kostenregel_importen table: large uploads waiting for their job, then the job's outcome. */
export interface KostenregelImportRepositoryPort {
  /** Keeps an upload as `in-bewerking`; returns its id. */
  neemAan(bestand: Buffer, contentType: string, wie: Principal): Promise<string>;
  /** The ids of the uploads still waiting. */
  wachtend(): Promise<string[]>;
  /** A waiting upload's facts, or undefined when it is no longer waiting. */
  wachtende(id: string): Promise<WachtendeImport | undefined>;
  /** The upload's bytes, read in parts. */
  bestand(id: string, grootte: number): Promise<Buffer>;
  /** In the job's transaction: true when this job may do the import (no other job holds it, still waiting). */
  claim(sql: Sql, id: string): Promise<boolean>;
  /** Stores the outcome (with the job's transaction, or on its own) and drops the upload. */
  rondAf(id: string, resultaat: ImportResultaat, sql?: Sql): Promise<void>;
  meldVoortgang(id: string, gelezen: number): Promise<void>;
  stand(id: string): Promise<ImportStand | undefined>;
}

export const KOSTENREGEL_IMPORT_REPOSITORY = Symbol('wiz:subsidies:kostenregel-import-repository');
