import type { Kostensoort } from '@wiz/contracts';

/** A stored cost line as a claim sees it. */
export interface Kostenregel {
  id: string;
  regelingCode: string;
  /** Absent for costs that are not per participant (material, a trainer for a group). */
  inwonerId?: string;
  soort: Kostensoort;
  bedragCenten: number;
  /** YYYY-MM-DD. */
  datum: string;
  /** Reference of the supporting document (invoice number, timesheet); the key for double-funding checks. */
  bewijsstuk?: string;
}
