import { ARBEIDSMARKTSTATUSSEN, Arbeidsmarktstatus, GESLACHTEN, Geslacht, LEEFTIJDSBANDEN, Leeftijdsband, OPLEIDINGSNIVEAUS, Opleidingsniveau } from '@wiz/contracts';
import type { Deelnemer } from './deelnemer';

/** ESF+ common indicators over the distinct participants of a claim's included lines. */
export interface Indicatoren {
  deelnemers: number;
  perArbeidsmarktstatus: Record<Arbeidsmarktstatus, number>;
  perLeeftijdsband: Record<Leeftijdsband, number>;
  perOpleidingsniveau: Record<Opleidingsniveau, number>;
  perGeslacht: Record<Geslacht, number>;
  metArbeidsbeperking: number;
  resultaten: { onderwijs: number; kwalificatie: number; werkBinnenVierWeken: number; werkNaZesMaanden: number };
}

// Every key present with 0, so a report shows "0 inactief" instead of leaving the row out.
function nullen<K extends string>(sleutels: readonly K[]): Record<K, number> {
  return Object.fromEntries(sleutels.map((k) => [k, 0])) as Record<K, number>;
}

function verhoog<K extends string>(telling: Record<K, number>, sleutel: K | undefined): void {
  if (sleutel !== undefined && Object.hasOwn(telling, sleutel)) telling[sleutel] += 1;
}

/** Counts each participant once, however many of their lines a claim includes. */
export class IndicatorTeller {
  private readonly geteld = new Set<string>();
  private readonly perArbeidsmarktstatus = nullen(ARBEIDSMARKTSTATUSSEN);
  private readonly perLeeftijdsband = nullen(LEEFTIJDSBANDEN);
  private readonly perOpleidingsniveau = nullen(OPLEIDINGSNIVEAUS);
  private readonly perGeslacht = nullen(GESLACHTEN);
  private readonly resultaten = { onderwijs: 0, kwalificatie: 0, werkBinnenVierWeken: 0, werkNaZesMaanden: 0 };
  private metArbeidsbeperking = 0;

  tel(d: Deelnemer): void {
    if (this.geteld.has(d.inwonerId)) return;
    this.geteld.add(d.inwonerId);
    verhoog(this.perArbeidsmarktstatus, d.arbeidsmarktstatus);
    verhoog(this.perLeeftijdsband, d.leeftijdsband);
    verhoog(this.perOpleidingsniveau, d.opleidingsniveau);
    // Gender is optional in ESF+; an unrecorded one is reported as onbekend so the column adds up.
    verhoog(this.perGeslacht, d.geslacht !== undefined && Object.hasOwn(this.perGeslacht, d.geslacht) ? d.geslacht : 'onbekend');
    // `=== true`: a database may hand over null for "not recorded", which must not count.
    if (d.arbeidsbeperking === true) this.metArbeidsbeperking += 1;
    const r = d.resultaten;
    if (r?.onderwijs === true) this.resultaten.onderwijs += 1;
    if (r?.kwalificatie === true) this.resultaten.kwalificatie += 1;
    if (r?.werkBinnenVierWeken === true) this.resultaten.werkBinnenVierWeken += 1;
    if (r?.werkNaZesMaanden === true) this.resultaten.werkNaZesMaanden += 1;
  }

  /** A snapshot; counting can go on afterwards without changing it. */
  resultaat(): Indicatoren {
    return {
      deelnemers: this.geteld.size,
      perArbeidsmarktstatus: { ...this.perArbeidsmarktstatus },
      perLeeftijdsband: { ...this.perLeeftijdsband },
      perOpleidingsniveau: { ...this.perOpleidingsniveau },
      perGeslacht: { ...this.perGeslacht },
      metArbeidsbeperking: this.metArbeidsbeperking,
      resultaten: { ...this.resultaten },
    };
  }
}
