import {
  ARBEIDSMARKTSTATUSSEN,
  Arbeidsmarktstatus,
  GESLACHTEN,
  Geslacht,
  LEEFTIJDSBANDEN,
  Leeftijdsband,
  OPLEIDINGSNIVEAUS,
  Opleidingsniveau,
} from '@wiz/contracts';
import type { Deelnemer } from './deelnemer';
import { GEEN_VERLOOP } from './deelnemersverloop';
import { esfResultaten, isDuurzaamGeplaatst } from './esf-resultaten';
import {
  ingangBekend,
  INGANGSINDICATOREN,
  Ingangsindicator,
  isWerkloos,
  Kenmerk,
  KENMERKEN,
  langdurigWerkloos,
  statusBijIntrede,
} from './ingangskenmerken';
import { leegResultaat, NogNietBekend, ResultaatTelling, telResultaat } from './resultaat-telling';

const ONVOLLEDIG = [...INGANGSINDICATOREN, 'werkzoekend', 'verbeterdeSituatieNaZesMaanden'] as const;
export type OnvolledigeIndicator = Ingangsindicator | (typeof ONVOLLEDIG)[number];

/**
 * ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) over the distinct participants of a claim's included
 * lines, on a peildatum. Each indicator stands on its own: `onvolledig` says, per indicator, how many participants
 * lack the data for it (they are left out of that indicator only).
 */
export interface Indicatoren {
  /** The day the results are computed for: six-month results count only for those who left 6+ months before it. */
  peildatum: string;
  deelnemers: number;
  /** At entry. `werkloos` includes the long-term unemployed; `langdurig-werkloos` is the subset of them. */
  perArbeidsmarktstatus: Record<Arbeidsmarktstatus, number>;
  perLeeftijdsband: Record<Leeftijdsband, number>;
  perOpleidingsniveau: Record<Opleidingsniveau, number>;
  perGeslacht: Record<Geslacht, number>;
  metArbeidsbeperking: number;
  /** Participants with each yes/no attribute (disability again, beside the older `metArbeidsbeperking`). */
  kenmerken: Record<Kenmerk, number>;
  onvolledig: Record<OnvolledigeIndicator, number>;
  resultaten: ResultaatTelling;
  /** Leavers whose results could still change on the peildatum (four weeks or six months not yet passed). */
  nogNietBekend: NogNietBekend;
  /** The region's duurzaam (24+ hours six months after a placement started): not an ESF+ indicator. */
  duurzaamGeplaatst: number;
}

/** One count of IndicatorTeller.telOp: how many participants fall under `sleutel` of `groep`. */
export interface IndicatorAantal {
  groep:
    | 'deelnemers'
    | 'duurzaamGeplaatst'
    | 'perArbeidsmarktstatus'
    | 'perLeeftijdsband'
    | 'perOpleidingsniveau'
    | 'perGeslacht'
    | 'kenmerken'
    | 'onvolledig'
    | 'resultaten'
    | 'nogNietBekend';
  sleutel: string;
  aantal: number;
}

// Every key present with 0, so a report shows "0 inactief" instead of leaving the row out.
function nullen<K extends string>(sleutels: readonly K[]): Record<K, number> {
  return Object.fromEntries(sleutels.map((k) => [k, 0])) as Record<K, number>;
}

function verhoog<K extends string>(telling: Record<K, number>, sleutel: K | undefined): void {
  if (sleutel !== undefined && Object.hasOwn(telling, sleutel)) telling[sleutel] += 1;
}

/** Counts each participant once, however many of their lines a claim includes, with results on `peildatum`. */
export class IndicatorTeller {
  private readonly geteld = new Set<string>();
  private readonly perArbeidsmarktstatus = nullen(ARBEIDSMARKTSTATUSSEN);
  private readonly perLeeftijdsband = nullen(LEEFTIJDSBANDEN);
  private readonly perOpleidingsniveau = nullen(OPLEIDINGSNIVEAUS);
  private readonly perGeslacht = nullen(GESLACHTEN);
  private readonly kenmerken = nullen(KENMERKEN);
  private readonly onvolledig = nullen<OnvolledigeIndicator>(ONVOLLEDIG);
  private readonly resultaten = leegResultaat();
  private readonly nogNietBekend: NogNietBekend = { binnenVierWeken: 0, naZesMaanden: 0 };
  private duurzaamGeplaatst = 0;
  private opgeteld = 0;

  constructor(private readonly peildatum: string) {}

  tel(d: Deelnemer): void {
    if (this.geteld.has(d.inwonerId)) return;
    this.geteld.add(d.inwonerId);
    const status = statusBijIntrede(d);
    verhoog(this.perArbeidsmarktstatus, isWerkloos(status) ? 'werkloos' : status);
    if (langdurigWerkloos(d) === true) this.perArbeidsmarktstatus['langdurig-werkloos'] += 1;
    verhoog(this.perLeeftijdsband, d.leeftijdsband);
    verhoog(this.perOpleidingsniveau, d.opleidingsniveau ?? 'onbekend');
    // An unrecorded gender is reported as onbekend so the column adds up.
    verhoog(
      this.perGeslacht,
      d.geslacht !== undefined && Object.hasOwn(this.perGeslacht, d.geslacht) ? d.geslacht : 'onbekend',
    );
    for (const k of KENMERKEN) if (d[k] === true) this.kenmerken[k] += 1;
    for (const [indicator, bekend] of Object.entries(ingangBekend(d)))
      if (!bekend) this.onvolledig[indicator as OnvolledigeIndicator] += 1;
    const verloop = d.verloop ?? GEEN_VERLOOP;
    const r = esfResultaten(verloop, status, this.peildatum);
    if (r !== undefined) {
      telResultaat(this.resultaten, this.nogNietBekend, r);
      if (r.werkzoekend === undefined && r.vierWekenVerstreken) this.onvolledig.werkzoekend += 1;
      if (r.verbeterdeSituatieNaZesMaanden === undefined && r.zesMaandenVerstreken)
        this.onvolledig.verbeterdeSituatieNaZesMaanden += 1;
    }
    if (isDuurzaamGeplaatst(verloop, this.peildatum)) this.duurzaamGeplaatst += 1;
  }

  /**
   * Adds counts made elsewhere (the register's SQL, DeelnemersPort.telIndicatoren) per group and key; a key its group
   * lacks is not counted, as `verhoog` does. `deelnemers` and `duurzaamGeplaatst` are plain counts (key '').
   */
  telOp({ groep, sleutel, aantal }: IndicatorAantal): void {
    if (groep === 'deelnemers') this.opgeteld += aantal;
    else if (groep === 'duurzaamGeplaatst') this.duurzaamGeplaatst += aantal;
    else {
      const telling = this[groep] as Record<string, number>;
      if (Object.hasOwn(telling, sleutel)) telling[sleutel] += aantal;
    }
  }

  /** A snapshot; counting can go on afterwards without changing it. */
  resultaat(): Indicatoren {
    return {
      peildatum: this.peildatum,
      deelnemers: this.geteld.size + this.opgeteld,
      perArbeidsmarktstatus: { ...this.perArbeidsmarktstatus },
      perLeeftijdsband: { ...this.perLeeftijdsband },
      perOpleidingsniveau: { ...this.perOpleidingsniveau },
      perGeslacht: { ...this.perGeslacht },
      metArbeidsbeperking: this.kenmerken.arbeidsbeperking,
      kenmerken: { ...this.kenmerken },
      onvolledig: { ...this.onvolledig },
      resultaten: { ...this.resultaten },
      nogNietBekend: { ...this.nogNietBekend },
      duurzaamGeplaatst: this.duurzaamGeplaatst,
    };
  }
}
