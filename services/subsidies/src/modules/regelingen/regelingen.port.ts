import type { Regeling } from '../declaraties/domain';

/** Per regeling code, the cost kinds it allows: what only the store of regelingen knows about a cost line. */
export type ToegestaneKostensoorten = ReadonlyMap<string, ReadonlySet<string>>;

/** What other contexts may ask about regelingen (the only way in: the table is the regelingen context's). */
export interface RegelingenPort {
  /** The parts of a regeling that decide a claim, or undefined when no regeling has this code. */
  voorDeclaratie(code: string): Promise<Regeling | undefined>;
  /** The regeling's name, or undefined when no regeling has this code. */
  naam(code: string): Promise<string | undefined>;
  /** The cost kinds of the regelingen with these codes (all regelingen without codes). */
  kostensoorten(codes?: readonly string[]): Promise<ToegestaneKostensoorten>;
}

export const REGELINGEN = Symbol('wiz:subsidies:regelingen');
