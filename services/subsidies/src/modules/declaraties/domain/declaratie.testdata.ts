// Small builders for the specs in this folder: a valid line, participant and regeling, changed per test.
import type { Deelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';

export const JTF: Regeling = {
  code: 'JTF',
  startdatum: '2026-01-01',
  einddatum: '2026-06-30',
  gemeentecodes: ['GM0014', 'GM0114'],
  cofinancieringspercentage: 60,
};

export const GRONINGER = 'a0000000-0000-4000-8000-000000000001';

export function deelnemer(wijziging: Partial<Deelnemer> = {}): Deelnemer {
  return {
    inwonerId: GRONINGER,
    gemeentecode: 'GM0014',
    arbeidsmarktstatus: 'werkloos',
    leeftijdsband: '18-29',
    opleidingsniveau: 'isced-3-4',
    ...wijziging,
  };
}

export function kostenregel(wijziging: Partial<Kostenregel> = {}): Kostenregel {
  return {
    id: 'k1',
    regelingCode: 'JTF',
    soort: 'opleiding',
    bedragCenten: 1_000,
    datum: '2026-03-01',
    bewijsstuk: 'factuur-1',
    ...wijziging,
  };
}

export function deelnemersVan(...lijst: Deelnemer[]): Map<string, Deelnemer> {
  return new Map(lijst.map((d) => [d.inwonerId, d]));
}

export function ingediend(regels: string[] = [], bewijsstukken: Record<string, string[]> = {}): Ingediend {
  return {
    ingediendeRegels: new Set(regels),
    ingediendeBewijsstukken: new Map(Object.entries(bewijsstukken).map(([b, codes]) => [b, new Set(codes)])),
  };
}

export const NIETS_INGEDIEND: Ingediend = ingediend();
