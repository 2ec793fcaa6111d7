import { percentageOfCenten, percentageToBasisPoints, sumCenten } from '@wiz/contracts';
import { Beoordeling, maakBeoordelaar } from './beoordeling';
import { naarCenten, regelbedrag } from './centen';
import type { Deelnemer } from './deelnemer';
import { IndicatorTeller } from './indicatoren';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';
import type { Uitsluiting } from './uitsluitingsreden';
import type { Claimperiode, DeclaratieResultaat } from './declaratie-resultaat';

/**
 * Compiles a claim line by line, so a claim of millions of lines can be streamed from a database cursor.
 * This is the one implementation of the claim rules; stelDeclaratieSamen feeds it an in-memory list.
 */
export class DeclaratieAccumulator {
  private readonly beoordeel: (regel: Kostenregel) => Beoordeling;
  private readonly indicatoren: IndicatorTeller;
  private readonly gezien = new Set<string>();
  private readonly opgenomen: string[] = [];
  private readonly uitgesloten: Uitsluiting[] = [];
  private opgenomenCenten = 0n;
  private personeelCenten = 0n;

  constructor(
    private readonly regeling: Regeling,
    private readonly deelnemers: ReadonlyMap<string, Deelnemer>,
    ingediend: Ingediend,
    private readonly periode?: Claimperiode,
    /** The day the ESF+ results are computed for; defaults to the end of the claim period (or of the regeling). */
    peildatum: string = periode?.periodeTot ?? regeling.einddatum,
  ) {
    this.indicatoren = new IndicatorTeller(peildatum);
    // Fail before the first of a million lines rather than at the end: percentages are checked up front.
    if (percentageToBasisPoints(regeling.cofinancieringspercentage) > 10_000n) {
      throw new RangeError(`cofinancieringspercentage must be at most 100, got ${regeling.cofinancieringspercentage}`);
    }
    if (regeling.flatRatePercentage !== undefined) percentageToBasisPoints(regeling.flatRatePercentage);
    this.beoordeel = maakBeoordelaar(regeling, deelnemers, ingediend);
  }

  /** Judges and records one candidate line; returns the judgement so a caller can store it per line. */
  voegToe(regel: Kostenregel): Beoordeling {
    this.controleerKandidaat(regel);
    const bedrag = regelbedrag(regel.bedragCenten, regel.id);
    const beoordeling = this.beoordeel(regel);
    if (!beoordeling.opgenomen) {
      this.uitgesloten.push({ kostenregelId: regel.id, reden: beoordeling.reden });
      return beoordeling;
    }
    this.opgenomen.push(regel.id);
    this.opgenomenCenten += bedrag;
    if (regel.soort === 'personeel') this.personeelCenten += bedrag;
    const deelnemer = regel.inwonerId != null ? this.deelnemers.get(regel.inwonerId) : undefined;
    if (deelnemer !== undefined) this.indicatoren.tel(deelnemer);
    return beoordeling;
  }

  /** The totals so far. Copies the id lists (O(n)), so call it once at the end, not per line. */
  resultaat(): DeclaratieResultaat {
    return {
      opgenomen: this.opgenomen.slice(),
      uitgesloten: this.uitgesloten.slice(),
      ...declaratieBedragen(this.regeling, this.opgenomenCenten, this.personeelCenten),
      indicatoren: this.indicatoren.resultaat(),
    };
  }

  /** Caller mistakes that would make the totals wrong stop the compilation instead of being judged as a line. */
  private controleerKandidaat(regel: Kostenregel): void {
    if (this.gezien.has(regel.id))
      throw new Error(`kostenregel ${regel.id} was added twice; a line is claimed at most once`);
    this.gezien.add(regel.id);
    if (regel.regelingCode !== this.regeling.code) {
      throw new Error(`kostenregel ${regel.id} belongs to ${regel.regelingCode}, not to ${this.regeling.code}`);
    }
    if (this.periode && (regel.datum < this.periode.periodeVan || regel.datum > this.periode.periodeTot)) {
      throw new RangeError(
        `kostenregel ${regel.id} (${regel.datum}) lies outside the claim period; it is no candidate`,
      );
    }
  }
}

export type DeclaratieBedragen = Pick<
  DeclaratieResultaat,
  'directePersoneelskostenCenten' | 'flatRateCenten' | 'subsidiabelCenten' | 'bijdrageCenten'
>;

/**
 * A claim's amounts from the sums of its included lines (all, and the direct staff costs among them). The one
 * statement of the flat rate and co-financing rounding: the accumulator and the set-based judge in SQL (which sums
 * the lines in PostgreSQL) both end here.
 */
export function declaratieBedragen(
  regeling: Regeling,
  opgenomenCenten: bigint,
  personeelCenten: bigint,
): DeclaratieBedragen {
  const directePersoneelskostenCenten = naarCenten(personeelCenten, 'direct staff costs');
  const { flatRatePercentage, cofinancieringspercentage } = regeling;
  const flatRateCenten =
    flatRatePercentage === undefined ? 0 : percentageOfCenten(directePersoneelskostenCenten, flatRatePercentage);
  const subsidiabelCenten = sumCenten([naarCenten(opgenomenCenten, 'included costs'), flatRateCenten]);
  return {
    directePersoneelskostenCenten,
    flatRateCenten,
    subsidiabelCenten,
    // Rounded down to the cent (contract): the fund never pays more than its percentage.
    bijdrageCenten: percentageOfCenten(subsidiabelCenten, cofinancieringspercentage),
  };
}
