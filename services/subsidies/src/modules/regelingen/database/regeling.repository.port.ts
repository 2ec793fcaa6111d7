import type { RegelingInvoer, RegelingView } from '../domain/regeling-invoer';
import type { RegelingenPort } from '../regelingen.port';

/** The regelingen table, as this context's controllers use it (and, through RegelingenPort, other contexts). */
export interface RegelingRepositoryPort extends RegelingenPort {
  /** Stores a new regeling; false when one with its code exists already. */
  voegToe(r: RegelingInvoer): Promise<boolean>;
  lees(code: string): Promise<RegelingView | undefined>;
  /** Every regeling, by code. */
  alle(): Promise<RegelingView[]>;
}

export const REGELING_REPOSITORY = Symbol('wiz:subsidies:regeling-repository');
