import {
  isoDateParts,
  leeftijdOp,
  leeftijdsbandOp,
  type AanmeldingAfgerondData,
  type Arbeidsmarktstatus,
  type Doelgroep,
  type Opleidingsniveau,
} from '@wiz/contracts';
import type { IntakeSituatie } from './aanmelding.types';

/** What intake knows at the aanmelding: the situation with the optional ESF+ answers, and the birth date. */
export interface Intakegegevens {
  situatie: IntakeSituatie;
  geboortedatum: string;
  peildatum: string;
}

const werkt = ({ situatie }: Intakegegevens) => situatie.werkend || situatie.zzp;
const inactief = (g: Intakegegevens) => !werkt(g) && g.situatie.werkzoekend === false;

/** True when `peildatum` lies more than `maanden` calendar months after `sinds` (31 January + 1 month = 28/29 February). */
export function meerDanMaandenNa(sinds: string, maanden: number, peildatum: string): boolean {
  const { year, month, day } = isoDateParts(sinds);
  const doel = year * 12 + month - 1 + maanden;
  const [jaar, maand] = [Math.floor(doel / 12), (doel % 12) + 1];
  const dag = Math.min(day, new Date(Date.UTC(jaar, maand, 0)).getUTCDate());
  return peildatum > `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/**
 * Long-term unemployed (national definition, domain.md): continuously unemployed more than 12 months, or more than
 * 6 months under 25, on the aanmelding date. False for someone working or inactive; undefined (incomplete for this
 * indicator) for someone unemployed whose duration was not asked.
 */
export function langdurigWerkloos(g: Intakegegevens): boolean | undefined {
  if (werkt(g) || inactief(g)) return false;
  if (!g.situatie.werkloosSinds) return undefined;
  const grens = leeftijdOp(g.geboortedatum, g.peildatum) < 25 ? 6 : 12;
  return meerDanMaandenNa(g.situatie.werkloosSinds, grens, g.peildatum);
}

/**
 * One ESF+ labour-market status per participant: working or self-employed wins; not working and not seeking work
 * is inactive; everyone else not working is unemployed, with or without a benefit (a job seeker without benefit
 * is unemployed, not inactive), long-term when langdurigWerkloos says so.
 */
export function arbeidsmarktstatus(g: Intakegegevens): Arbeidsmarktstatus {
  if (werkt(g)) return 'werkend';
  if (inactief(g)) return 'inactief';
  return langdurigWerkloos(g) ? 'langdurig-werkloos' : 'werkloos';
}

/**
 * ISCED band of the highest education completed. Without an answer only the startkwalificatie is known: without
 * one a person is at most ISCED 2; with one at least ISCED 3 but possibly 5-8, so the band is 'onbekend' and the
 * participant incomplete for education only.
 */
export function opleidingsniveau({ situatie }: Intakegegevens): Opleidingsniveau {
  const isced = situatie.opleidingsniveau;
  if (isced === undefined) return situatie.startkwalificatie ? 'onbekend' : 'isced-0-2';
  if (isced <= 2) return 'isced-0-2';
  return isced <= 4 ? 'isced-3-4' : 'isced-5-8';
}

/** Target groups of the monitor and the council report (domain.md, "Reporting rhythm"); several may apply. */
export function doelgroepen(g: Intakegegevens): Doelgroep[] {
  const { situatie } = g;
  const leeftijd = leeftijdOp(g.geboortedatum, g.peildatum);
  const groepen: [Doelgroep, boolean][] = [
    ['jongeren', leeftijd < 27],
    ['50-plussers', leeftijd >= 50],
    ['statushouders', situatie.statushouder],
    ['arbeidsbeperking', situatie.arbeidsbeperking],
    ['ggz', situatie.ggzAchtergrond === true],
    [situatie.uitkering === 'geen' ? 'zonder-uitkering' : situatie.uitkering, true],
    ['werkenden-met-risico', situatie.werkend && !situatie.zzp],
    ['zzp', situatie.zzp],
  ];
  return groepen.filter(([, geldt]) => geldt).map(([groep]) => groep);
}

type Deelnemer = AanmeldingAfgerondData['deelnemer'];
// geslacht is added by the caller, which also knows the inwoner's own answer.
const DOORGEGEVEN = [
  'derdelander',
  'migratieachtergrond',
  'minderheid',
  'dakloos',
  'platteland',
  'doelgroepregister',
] as const;

/**
 * The participant attributes aanmelding-afgerond carries: categories only, never a raw answer (no birth date, no
 * werkloosSinds). Unanswered questions are left out, not guessed.
 */
export function deelnemerkenmerken(g: Intakegegevens): Deelnemer {
  const { situatie } = g;
  const langdurig = langdurigWerkloos(g);
  const doorgegeven = Object.fromEntries(
    DOORGEGEVEN.filter((veld) => situatie[veld] !== undefined).map((veld) => [veld, situatie[veld]]),
  );
  return {
    arbeidsmarktstatus: arbeidsmarktstatus(g),
    leeftijdsband: leeftijdsbandOp(g.geboortedatum, g.peildatum),
    opleidingsniveau: opleidingsniveau(g),
    arbeidsbeperking: situatie.arbeidsbeperking,
    uitkering: situatie.uitkering,
    ...(langdurig === undefined ? {} : { langdurigWerkloos: langdurig }),
    ...doorgegeven,
    // Month precision is all werkgevers needs (benefit under two years at a placement's start).
    ...(situatie.uitkeringSinds ? { uitkeringSinds: situatie.uitkeringSinds.slice(0, 7) } : {}),
  };
}
