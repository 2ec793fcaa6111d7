import type { ActiviteitResultaat, ActiviteitSoort } from '@wiz/contracts';

/** What an inwoner achieved and can show: a course completed, a praktijkverklaring, a job started. */
export type ResultaatSoort = 'opleiding' | 'praktijkverklaring' | 'plaatsing';

export interface Resultaat {
  /** Stable: the activity's or the placement's own id. */
  id: string;
  soort: ResultaatSoort;
  omschrijving: string;
  behaaldOp: string;
  /** The organisation that ran the traject, by name. */
  organisatie: string;
}

/**
 * The activity kinds that are a course or training one completes (and can show a certificate for). Advice
 * (loopbaanadvies, leerwerkloket, ondernemersadvies) and the Ontwikkelcentrum programme are support, not a course;
 * a praktijkverklaring is a result of its own kind.
 */
export const OPLEIDING_SOORTEN: readonly ActiviteitSoort[] = [
  'kansrijk-opleiden',
  'werkfit',
  'taal',
  'route-arbeid',
  'route-entree',
];

/** Plain Dutch (B1) for what was achieved: what the inwoner reads and an employer sees on the certificate. */
const OMSCHRIJVINGEN: Partial<Record<ActiviteitSoort, string>> = {
  'kansrijk-opleiden': 'Opleiding Kansrijk Opleiden afgerond (leren in de praktijk voor een beroep)',
  werkfit: 'Werkfit-traject afgerond (klaar maken voor werk)',
  taal: 'Cursus taal en vaardigheden afgerond',
  'route-arbeid': 'Route Arbeid afgerond',
  'route-entree': 'Route Entree afgerond (opleiding op entreeniveau)',
  praktijkverklaring: 'Praktijkverklaring behaald: bewijs van wat u in de praktijk kunt',
};

const REGIONAAL: Record<string, string> = {
  UWV: 'UWV',
  talentperron: 'Talentperron',
  leerwerkloket: 'Leerwerkloket',
  werkgeversservicepunt: 'Werkgeversservicepunt',
  wiz: 'Werk in Zicht',
};
const GEMEENTEN: Record<string, string> = { GM0014: 'Groningen', GM0037: 'Stadskanaal', GM1952: 'Midden-Groningen' };

/** An organisation code as a reader knows it ("Gemeente Groningen"); an unknown gemeente as "Gemeente GM1234". */
export function organisatieNaam(code: string): string {
  if (REGIONAAL[code]) return REGIONAAL[code];
  if (/^GM\d{4}$/.test(code)) return `Gemeente ${GEMEENTEN[code] ?? code}`;
  return code;
}

export interface ActiviteitFeit {
  id: string;
  soort: ActiviteitSoort;
  resultaat: ActiviteitResultaat | null;
  datum: string | null;
  organisatie: string;
}

export interface PlaatsingFeit {
  id: string;
  startdatum: string;
  organisatie: string;
}

/** A completed activity as a result: only `behaald`, and only a course or a praktijkverklaring. */
export function resultaatVanActiviteit(a: ActiviteitFeit): Resultaat | undefined {
  if (a.resultaat !== 'behaald' || !a.datum) return undefined;
  const soort: ResultaatSoort | undefined =
    a.soort === 'praktijkverklaring'
      ? 'praktijkverklaring'
      : OPLEIDING_SOORTEN.includes(a.soort)
        ? 'opleiding'
        : undefined;
  if (!soort) return undefined;
  return {
    id: a.id,
    soort,
    omschrijving: OMSCHRIJVINGEN[a.soort] ?? a.soort,
    behaaldOp: a.datum,
    organisatie: organisatieNaam(a.organisatie),
  };
}

/** A placement counts once it has started (its start day has come); it stays a result if it ended later. */
export function resultaatVanPlaatsing(p: PlaatsingFeit, vandaag: string): Resultaat | undefined {
  if (p.startdatum > vandaag) return undefined;
  return {
    id: p.id,
    soort: 'plaatsing',
    omschrijving: 'Aan het werk gegaan bij een werkgever',
    behaaldOp: p.startdatum,
    organisatie: organisatieNaam(p.organisatie),
  };
}

/** Every result, newest first (ties by id, so the order is stable). */
export function resultaten(activiteiten: ActiviteitFeit[], plaatsingen: PlaatsingFeit[], vandaag: string): Resultaat[] {
  const alle = [
    ...activiteiten.map(resultaatVanActiviteit),
    ...plaatsingen.map((p) => resultaatVanPlaatsing(p, vandaag)),
  ].filter((r): r is Resultaat => r !== undefined);
  return alle.sort((a, b) => b.behaaldOp.localeCompare(a.behaaldOp) || a.id.localeCompare(b.id));
}

/** The next appointments the inwoner has: contact moments and the check how work is going, never internal alarms. */
export const AFSPRAAK_OMSCHRIJVINGEN = {
  contactmoment: 'Gesprek met uw consulent',
  duurzaamheidscheck: 'We vragen hoe het gaat met uw werk',
} as const;
export type AfspraakSoort = keyof typeof AFSPRAAK_OMSCHRIJVINGEN;
export const AFSPRAAK_SOORTEN = Object.keys(AFSPRAAK_OMSCHRIJVINGEN) as AfspraakSoort[];
