import fc from 'fast-check';
import {
  arbeidsmarktstatus,
  langdurigWerkloos,
  opleidingsniveau,
} from '../src/modules/aanmeldingen/domain/deelnemerkenmerken';
import type { IntakeSituatie } from '../src/modules/aanmeldingen/domain/aanmelding.types';

const datum = (van: string, tot: string) =>
  fc
    .date({ min: new Date(`${van}T00:00:00Z`), max: new Date(`${tot}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const situatie = fc.record<IntakeSituatie>(
  {
    uitkering: fc.constantFrom('participatiewet', 'ww', 'wia', 'wajong', 'anw', 'geen'),
    werkend: fc.boolean(),
    zzp: fc.boolean(),
    arbeidsbeperking: fc.boolean(),
    statushouder: fc.boolean(),
    startkwalificatie: fc.boolean(),
    werkzoekend: fc.boolean(),
    werkloosSinds: datum('2020-01-01', '2026-06-01'),
    opleidingsniveau: fc.integer({ min: 0, max: 8 }),
  },
  { requiredKeys: ['uitkering', 'werkend', 'zzp', 'arbeidsbeperking', 'statushouder', 'startkwalificatie'] },
);
const gegevens = fc.record({
  situatie,
  geboortedatum: datum('1950-01-01', '2008-01-01'),
  peildatum: datum('2026-06-01', '2027-12-31'),
});

describe('intake domain rules', () => {
  it('gives one labour status: working wins, not seeking work is inactive, everyone else not working is unemployed whatever the benefit', () => {
    fc.assert(
      fc.property(gegevens, (g) => {
        const status = arbeidsmarktstatus(g);
        const { werkend, zzp, werkzoekend } = g.situatie;
        if (werkend || zzp) expect(status).toBe('werkend');
        else if (werkzoekend === false) expect(status).toBe('inactief');
        else expect(status).toBe(langdurigWerkloos(g) ? 'langdurig-werkloos' : 'werkloos');
      }),
    );
  });

  it('knows long-term unemployment only from a known duration, and never for someone working or inactive', () => {
    fc.assert(
      fc.property(gegevens, (g) => {
        const langdurig = langdurigWerkloos(g);
        if (arbeidsmarktstatus(g) === 'werkend' || arbeidsmarktstatus(g) === 'inactief') expect(langdurig).toBe(false);
        else expect(langdurig === undefined).toBe(g.situatie.werkloosSinds === undefined);
      }),
    );
  });

  it('puts people without a startkwalificatie or an answer at ISCED 0-2, and an answer always decides', () => {
    fc.assert(
      fc.property(gegevens, (g) => {
        const niveau = opleidingsniveau(g);
        const isced = g.situatie.opleidingsniveau;
        if (isced !== undefined) expect(niveau).toBe(isced <= 2 ? 'isced-0-2' : isced <= 4 ? 'isced-3-4' : 'isced-5-8');
        else expect(niveau).toBe(g.situatie.startkwalificatie ? 'onbekend' : 'isced-0-2');
      }),
    );
  });
});
