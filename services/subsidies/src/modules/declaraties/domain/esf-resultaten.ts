import { type Arbeidsmarktstatus, plusDagen, plusMaanden } from '@wiz/contracts';
import type { Afsluiting, Deelnemersverloop, Plaatsing } from './deelnemersverloop';
import { isWerkendOp, kreegMeerUrenOfVastContract } from './plaatsingen';

/** Reasons after which a participant is not looking for work (the others leave the traject without a job). */
export const NIET_WERKZOEKEND: ReadonlySet<string> = new Set(['werk', 'scholing', 'overleden']);

/**
 * The ESF+ results of one participant on `peildatum`, from facts only. `undefined` means not known (yet).
 * Upon leaving = on the day of leaving or within four weeks after it. Six months after leaving counts only once
 * that day has passed (uitstroom + 6 months <= peildatum); before that both longer-term results are undefined.
 */
export interface EsfResultaten {
  uitstroomOp: string;
  vierWekenVerstreken: boolean;
  werkzoekend?: boolean;
  onderwijs: boolean;
  kwalificatie: boolean;
  werkBinnenVierWeken: boolean;
  zesMaandenVerstreken: boolean;
  werkNaZesMaanden?: boolean;
  verbeterdeSituatieNaZesMaanden?: boolean;
}

/** The leaving that counts: the last closing, and only once every known traject of the person is closed. */
export function uitstroom(v: Deelnemersverloop, peildatum: string): Afsluiting | undefined {
  const gesloten = v.afsluitingen.filter((a) => a.datum <= peildatum);
  const open = v.trajecten.some(
    (t) => (t.gestartOp ?? '') <= peildatum && !gesloten.some((a) => a.trajectId === t.trajectId),
  );
  if (open || gesloten.length === 0) return undefined;
  // Ties broken by traject id, so the answer never depends on the order the closings arrived in.
  return gesloten.reduce((a, b) => (b.datum > a.datum || (b.datum === a.datum && b.trajectId > a.trajectId) ? b : a));
}

/**
 * Job searching upon leaving: left for another reason than work, schooling or death, and no job or schooling within
 * the four weeks. Unknown while those weeks run, and for a leaving whose reason was never recorded (migrated).
 */
function werkzoekend(weg: Afsluiting, werkOfOnderwijs: boolean, vierWekenVerstreken: boolean): boolean | undefined {
  if (werkOfOnderwijs) return false;
  if (weg.reden === undefined) return undefined;
  if (NIET_WERKZOEKEND.has(weg.reden)) return false;
  return vierWekenVerstreken ? true : undefined;
}

/** Undefined while the participant has not left (on peildatum): results are reported for leavers only. */
export function esfResultaten(
  v: Deelnemersverloop,
  status: Arbeidsmarktstatus | undefined,
  peildatum: string,
): EsfResultaten | undefined {
  const weg = uitstroom(v, peildatum);
  if (weg === undefined) return undefined;
  const plaatsingen = v.plaatsingen.filter(
    (p): p is Plaatsing & { startdatum: string } => p.startdatum !== undefined && p.startdatum <= peildatum,
  );
  const vierWeken = plusDagen(weg.datum, 28);
  const vensterTot = vierWeken < peildatum ? vierWeken : peildatum;
  const werk =
    weg.reden === 'werk' || plaatsingen.some((p) => isWerkendOp(p, v.duurzaamheidschecks, weg.datum, vensterTot));
  const onderwijs = weg.reden === 'scholing';
  const vierWekenVerstreken = vierWeken <= peildatum;
  const basis = {
    uitstroomOp: weg.datum,
    vierWekenVerstreken,
    werkzoekend: werkzoekend(weg, werk || onderwijs, vierWekenVerstreken),
    onderwijs,
    werkBinnenVierWeken: werk,
    kwalificatie: v.kwalificaties.some((d) => d <= vensterTot),
  };
  const zesMaanden = plusMaanden(weg.datum, 6);
  if (zesMaanden > peildatum) return { ...basis, zesMaandenVerstreken: false };
  const lopend = plaatsingen.filter((p) => isWerkendOp(p, v.duurzaamheidschecks, zesMaanden, zesMaanden));
  const werkNaZesMaanden = lopend.length > 0;
  const verbeterd =
    status === undefined
      ? undefined
      : status === 'werkend'
        ? lopend.some((p) => kreegMeerUrenOfVastContract(p, v.urenwijzigingen, zesMaanden))
        : werkNaZesMaanden;
  return { ...basis, zesMaandenVerstreken: true, werkNaZesMaanden, verbeterdeSituatieNaZesMaanden: verbeterd };
}

/** The region's own measure, kept apart from ESF+: a duurzaamheidscheck found 24+ hours six months after a start. */
export function isDuurzaamGeplaatst(v: Deelnemersverloop, peildatum: string): boolean {
  return v.duurzaamheidschecks.some((c) => c.duurzaam && c.vastgesteldOp <= peildatum);
}
