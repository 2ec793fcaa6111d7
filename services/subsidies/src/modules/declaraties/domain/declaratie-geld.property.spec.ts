import fc from 'fast-check';
import { beoordeelKostenregel } from './beoordeling';
import { DeclaratieAccumulator } from './declaratie-accumulator';
import { hoortErIn, opbouw, scenarioArb } from './declaratie-geld.testdata';

describe('claim money and partition, for random line sets', () => {
  it('subsidiabel and bijdrage are the exact BigInt floors of the contract formulas, as safe integers', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { invoer, resultaat: r } = opbouw(s);
        const perId = new Map(invoer.kandidaten.map((k) => [k.id, k]));
        const opgenomen = r.opgenomen.map((id) => perId.get(id)!);
        const som = opgenomen.reduce((t, k) => t + BigInt(k.bedragCenten), 0n);
        const personeel = opgenomen
          .filter((k) => k.soort === 'personeel')
          .reduce((t, k) => t + BigInt(k.bedragCenten), 0n);
        const flat = s.pct.flatBp === undefined ? 0n : (personeel * BigInt(s.pct.flatBp)) / 10_000n;
        const subsidiabel = som + flat;
        expect(BigInt(r.directePersoneelskostenCenten)).toBe(personeel);
        expect(BigInt(r.flatRateCenten)).toBe(flat);
        expect(BigInt(r.subsidiabelCenten)).toBe(subsidiabel);
        expect(BigInt(r.bijdrageCenten)).toBe((subsidiabel * BigInt(s.pct.cofBp)) / 10_000n);
        for (const n of [r.directePersoneelskostenCenten, r.flatRateCenten, r.subsidiabelCenten, r.bijdrageCenten])
          expect(Number.isSafeInteger(n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('includes or excludes every candidate exactly once, in input order, as the contract says', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { invoer, resultaat: r } = opbouw(s);
        const uit = r.uitgesloten.map((u) => u.kostenregelId);
        expect(new Set([...r.opgenomen, ...uit]).size).toBe(r.opgenomen.length + uit.length);
        expect(r.opgenomen).toEqual(invoer.kandidaten.filter((k) => hoortErIn(k, invoer)).map((k) => k.id));
        expect(uit).toEqual(invoer.kandidaten.filter((k) => !hoortErIn(k, invoer)).map((k) => k.id));
        for (const u of r.uitgesloten) {
          const k = invoer.kandidaten.find((c) => c.id === u.kostenregelId)!;
          expect(beoordeelKostenregel(k, invoer.regeling, invoer.deelnemers, invoer.ingediend)).toEqual({
            opgenomen: false,
            reden: u.reden,
          });
        }
        const personen = new Set(
          invoer.kandidaten.filter((k) => r.opgenomen.includes(k.id) && k.inwonerId).map((k) => k.inwonerId),
        );
        expect(r.indicatoren.deelnemers).toBe(personen.size);
      }),
      { numRuns: 300 },
    );
  });

  it('the accumulator fed line by line gives the same result as stelDeclaratieSamen', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { invoer, resultaat } = opbouw(s);
        // The same peildatum as stelDeclaratieSamen's default (the period's end), so the ESF+ results can agree.
        const acc = new DeclaratieAccumulator(
          invoer.regeling,
          invoer.deelnemers,
          invoer.ingediend,
          undefined,
          invoer.periodeTot,
        );
        for (const regel of invoer.kandidaten) acc.voegToe(regel);
        expect(acc.resultaat()).toEqual(resultaat);
      }),
      { numRuns: 200 },
    );
  });
});
