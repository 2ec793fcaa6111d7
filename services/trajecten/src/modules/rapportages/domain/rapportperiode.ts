import { z } from 'zod';
import { dagVanUtcMiddernacht } from '@wiz/contracts';

/** A reporting period: a half year for the councils (`2026-H1`), a quarter for the board (`2026-Q3`). */
export interface Rapportperiode {
  code: string;
  /** First and last day, inclusive. */
  van: string;
  tot: string;
}

const PATROON = /^(\d{4})-(H[12]|Q[1-4])$/;

export const RapportperiodeSchema = z
  .string()
  .regex(PATROON, { error: 'must be a half year (2026-H1, 2026-H2) or a quarter (2026-Q1 … 2026-Q4)' })
  .describe('Half year (2026-H1) or quarter (2026-Q3)');

const laatsteDag = (jaar: number, maand: number) => dagVanUtcMiddernacht(new Date(Date.UTC(jaar, maand, 0)));

/** The days a period covers; `code` must match the schema (the controller validates it first). */
export function leesPeriode(code: string): Rapportperiode {
  const m = PATROON.exec(code);
  if (!m) throw new Error(`Not a report period: ${code}`);
  const jaar = Number(m[1]);
  const deel = Number(m[2].slice(1));
  const maanden = m[2][0] === 'H' ? 6 : 3;
  const eerste = (deel - 1) * maanden + 1;
  return { code, van: `${m[1]}-${String(eerste).padStart(2, '0')}-01`, tot: laatsteDag(jaar, eerste + maanden - 1) };
}
