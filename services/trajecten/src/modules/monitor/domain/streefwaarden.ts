import { geldendOp, type StreefwaardeSleutel } from '@wiz/contracts';
import type { NieuweStreefwaarde, Streefwaarde } from './monitor-cijfers.type';
import type { StreefwaardeInvoer } from './streefwaarde-invoer';

/** The default target of the promise when beheer set none (the contract's `"doel": 20000`). */
export const DOEL = 20_000;

/**
 * The streefwaarde that applies to a figure on `peildatum`: among those valid by then, a gemeente's own before the
 * region's, and of those the one in force by the shared rule (`geldendOp`). Null when none applies.
 */
export function geldendeStreefwaarde(
  alle: readonly Streefwaarde[],
  sleutel: StreefwaardeSleutel,
  peildatum: string,
  gemeentecode?: string,
): Streefwaarde | null {
  const geldig = alle.filter((s) => s.sleutel === sleutel && s.geldigVanaf <= peildatum);
  const eigen = gemeentecode ? geldig.filter((s) => s.gemeentecode === gemeentecode) : [];
  const kandidaten = eigen.length > 0 ? eigen : geldig.filter((s) => s.gemeentecode === null);
  return geldendOp(kandidaten, peildatum, (s) => s.id);
}

/**
 * A starting balance counts results from before the system (e.g. Kansrijk Opleiden before go-live), reached by its
 * basisdatum: it is added when the period holds that day (it reaches back to it and does not end before it; a
 * half-year ending before the results were counted cannot report them), and only to the area it was set for (a
 * region's balance cannot be split over gemeenten, so a gemeente's figure gets only its own).
 */
export function beginstandVoor(
  sw: Streefwaarde | null,
  periode: { van?: string; tot: string },
  gemeentecode: string | undefined,
): number {
  if (!sw?.beginstand || sw.gemeentecode !== (gemeentecode ?? null)) return 0;
  if (!sw.basisdatum) return sw.beginstand;
  const { van, tot } = periode;
  return (!van || van <= sw.basisdatum) && sw.basisdatum <= tot ? sw.beginstand : 0;
}

type Waarden = Omit<NieuweStreefwaarde, 'sleutel' | 'gemeentecode' | 'geldigVanaf'>;

/**
 * A new streefwaarde as beheer gave it (a target, a starting balance, or both), with what it leaves out taken from
 * the one in force for the same figure and area on its date: a new afspraakbanen target must not drop the starting
 * balance (3,001 at the end of 2020) and basisdatum the running total counts from, nor a new balance the target.
 */
export function aangevuld(invoer: StreefwaardeInvoer, alle: readonly Streefwaarde[]): NieuweStreefwaarde {
  const { sleutel, geldigVanaf } = invoer;
  const gemeentecode = invoer.gemeentecode ?? null;
  const vorige = geldendOp(
    alle.filter((s) => s.sleutel === sleutel && s.gemeentecode === gemeentecode),
    geldigVanaf,
    (s) => s.id,
  );
  const stand: Partial<Waarden> = [invoer.basisdatum, invoer.beginstand, invoer.beginstandEenheden].some(
    (v) => v !== undefined,
  )
    ? invoer
    : (vorige ?? {});
  const doel: Partial<Waarden> =
    invoer.doel !== undefined || invoer.doelEenheden !== undefined ? invoer : (vorige ?? {});
  return {
    sleutel,
    gemeentecode,
    geldigVanaf,
    basisdatum: stand.basisdatum ?? null,
    beginstand: stand.beginstand ?? null,
    beginstandEenheden: stand.beginstandEenheden ?? null,
    doel: doel.doel ?? null,
    doelEenheden: doel.doelEenheden ?? null,
  };
}
