import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_AUDIT_ROUTES } from '../../../../libs/platform/src/audit/platform-routes';
import { PERSOONSGEGEVENS as INTAKE } from '../../../../services/intake/src/modules/audit/persoonsgegevens';
import { PERSOONSGEGEVENS as SUBSIDIES } from '../../../../services/subsidies/src/modules/audit/persoonsgegevens';
import { PERSOONSGEGEVENS as TRAJECTEN } from '../../../../services/trajecten/src/modules/audit/persoonsgegevens';
import { PERSOONSGEGEVENS as WERKGEVERS } from '../../../../services/werkgevers/src/modules/audit/persoonsgegevens';
import { actieTekst, doelTekst, heeftTekst } from '../../src/pages/privacy/audit-teksten';

const ROOT = join(__dirname, '../../../..');

/** Every code the route tables name, as the services and the platform evaluate them. */
const uitTabellen = () =>
  [INTAKE, SUBSIDIES, TRAJECTEN, WERKGEVERS, PLATFORM_AUDIT_ROUTES].flatMap((t) => Object.values(t.persoonsgegevens));

function* bronbestanden(map: string): Generator<string> {
  for (const e of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, e.name);
    if (e.isDirectory()) yield* bronbestanden(pad);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) yield pad;
  }
}

/**
 * Use cases that write their own audit row name actie and doel as literals (`actie: 'zoeken'`, also in a choice
 * `actie: beperkt ? 'beperking-vastleggen' : 'beperking-opheffen'`): every quoted code on such a line, in files that
 * deal with the audit (the monitor's `doel`, a target, is no audit code).
 */
function uitBroncode(soort: 'actie' | 'doel'): Map<string, string> {
  const codes = new Map<string, string>();
  const mappen = ['intake', 'trajecten', 'werkgevers', 'subsidies'].map((s) => join(ROOT, 'services', s, 'src'));
  for (const map of [...mappen, join(ROOT, 'libs/platform/src/audit')]) {
    for (const bestand of bronbestanden(map)) {
      const tekst = readFileSync(bestand, 'utf8');
      if (!/audit/i.test(tekst)) continue;
      for (const [, waarde] of tekst.matchAll(new RegExp(`\\b${soort}:\\s*([^,\\n]+)`, 'g'))) {
        for (const [, code] of waarde.matchAll(/'([a-z][a-z-]*)'/g)) codes.set(code, bestand.slice(ROOT.length + 1));
      }
    }
  }
  return codes;
}

describe('portaal: plain Dutch for the audit codes', () => {
  it('has a text for every actie and doel in the route tables of the four services and the platform', () => {
    const routes = uitTabellen();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => r.actie).filter((c) => !heeftTekst.actie(c))).toEqual([]);
    expect(routes.map((r) => r.doel).filter((c) => !heeftTekst.doel(c))).toEqual([]);
  });

  it('has a text for every actie and doel a use case writes itself', () => {
    const acties = uitBroncode('actie');
    const doelen = uitBroncode('doel');
    // The reading finds the codes of use cases beside the tables (intake's search, werkgevers' skills, trajecten).
    expect([...acties.keys()]).toEqual(expect.arrayContaining(['zoeken', 'beperking-opheffen', 'skill-toevoegen']));
    expect([...doelen.keys()]).toEqual(expect.arrayContaining(['begeleiding', 'toezicht-gegevensbescherming']));
    expect([...acties].filter(([c]) => !heeftTekst.actie(c))).toEqual([]);
    expect([...doelen].filter(([c]) => !heeftTekst.doel(c))).toEqual([]);
  });

  it('shows a plain text for a known code and the code itself for an unknown one', () => {
    expect(actieTekst('traject-inzien')).toBe('Traject bekeken');
    expect(doelTekst('begeleiding')).toBe('Begeleiding naar werk');
    expect(actieTekst('iets-nieuws')).toBe('iets-nieuws');
    expect(doelTekst('toString')).toBe('toString');
  });
});
