import { afspraakbanenStand, type AfspraakbaanPlaatsing } from '@wiz/contracts';
import type { AfspraakbanenCijfers, Streefwaarde } from './monitor-cijfers.type';

/**
 * The afspraakbanen running total on `peildatum` by the shared rule (afspraakbanenStand), from the streefwaarde
 * that applies. A region's starting balance and target are not split over gemeenten: a gemeente without its own
 * gets the region's basisdatum with beginstand 0 and no target. Without any streefwaarde: every placement counts.
 */
export function afspraakbanenCijfers(
  sw: Streefwaarde | null,
  plaatsingen: readonly AfspraakbaanPlaatsing[],
  peildatum: string,
  gemeentecode?: string,
): AfspraakbanenCijfers {
  const eigen = sw !== null && sw.gemeentecode === (gemeentecode ?? null);
  const stand = afspraakbanenStand(
    {
      basisdatum: sw?.basisdatum ?? '0000-01-01',
      beginstand: eigen ? (sw.beginstand ?? 0) : 0,
      beginstandEenheden: eigen ? (sw.beginstandEenheden ?? 0) : 0,
      doel: eigen ? (sw.doel ?? undefined) : undefined,
      doelEenheden: eigen ? (sw.doelEenheden ?? undefined) : undefined,
    },
    plaatsingen,
    peildatum,
  );
  return {
    basisdatum: sw?.basisdatum ?? null,
    banen: stand.banen,
    eenheden: stand.eenheden,
    beginstand: stand.beginstand,
    doel: stand.doel,
    doelEenheden: stand.doelEenheden,
  };
}
