import fc from 'fast-check';
import { afspraakbanenStand } from '@wiz/contracts';
import { geldendeAfspraakbanenBasis, VastgesteldeBasis } from './afspraakbanen-basis';

const basis = (b: Partial<VastgesteldeBasis>): VastgesteldeBasis => ({
  streefwaardeId: 'a',
  geldigVanaf: '2021-01-01',
  vastgesteldOp: '2021-01-05T10:00:00.000000Z',
  basisdatum: '2020-12-31',
  beginstand: 3001,
  beginstandEenheden: 2900,
  doel: 4000,
  doelEenheden: 3800,
  ...b,
});

describe('the afspraakbanen basis in force', () => {
  it('starts from 0 since 1900 without any basis, or before the first is in force', () => {
    expect(geldendeAfspraakbanenBasis([], '2026-06-30')).toEqual({
      basisdatum: '1900-01-01',
      beginstand: 0,
      beginstandEenheden: 0,
    });
    expect(geldendeAfspraakbanenBasis([basis({ geldigVanaf: '2027-01-01' })], '2026-06-30').beginstand).toBe(0);
  });

  it('takes the latest geldigVanaf on or before tot, and on one date the latest set', () => {
    const lijst = [
      basis({ streefwaardeId: 'oud', geldigVanaf: '2021-01-01', beginstand: 3001 }),
      basis({
        streefwaardeId: 'nieuw',
        geldigVanaf: '2026-01-01',
        beginstand: 4100,
        vastgesteldOp: '2026-01-02T09:00:00.000000Z',
      }),
      basis({
        streefwaardeId: 'correctie',
        geldigVanaf: '2026-01-01',
        beginstand: 4150,
        vastgesteldOp: '2026-01-03T09:00:00.000000Z',
      }),
      basis({ streefwaardeId: 'later', geldigVanaf: '2027-01-01', beginstand: 9999 }),
    ];
    expect(geldendeAfspraakbanenBasis(lijst, '2025-12-31').beginstand).toBe(3001);
    expect(geldendeAfspraakbanenBasis(lijst, '2026-01-01').beginstand).toBe(4150);
  });

  it('fills what beheer left out: a basis with only a target counts from 0 since 1900 towards it', () => {
    expect(
      geldendeAfspraakbanenBasis(
        [basis({ basisdatum: null, beginstand: null, beginstandEenheden: null, doelEenheden: null })],
        '2026-01-01',
      ),
    ).toEqual({ basisdatum: '1900-01-01', beginstand: 0, beginstandEenheden: 0, doel: 4000 });
  });

  it('picks the same basis, and so the same running total, whatever order the events arrived in (property)', () => {
    const datum = fc
      .integer({ min: 0, max: 3_000 })
      .map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const bases = fc
      .uniqueArray(
        fc.record({
          streefwaardeId: fc.uuid(),
          geldigVanaf: datum,
          vastgesteldOp: datum.map((d) => `${d}T12:00:00.000000Z`),
          basisdatum: datum,
          beginstand: fc.nat(5_000),
        }),
        { selector: (b) => b.streefwaardeId, maxLength: 6 },
      )
      .map((l) => l.map((b) => basis({ ...b, beginstandEenheden: b.beginstand })));
    const plaatsingen = fc.array(
      fc.record({ startdatum: datum, urenPerWeek: fc.integer({ min: 1, max: 600 }).map((t) => t / 10) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(bases, plaatsingen, datum, fc.func(fc.integer()), (lijst, p, tot, volgorde) => {
        const geschud = [...lijst].sort((a, b) => volgorde(a.streefwaardeId) - volgorde(b.streefwaardeId));
        const stand = afspraakbanenStand(geldendeAfspraakbanenBasis(lijst, tot), p, tot);
        expect(afspraakbanenStand(geldendeAfspraakbanenBasis(geschud, tot), p, tot)).toEqual(stand);
        // Every placement counts once at most: never more heads than the starting balance plus the placements.
        expect(stand.banen - stand.beginstand).toBeLessThanOrEqual(p.length);
      }),
    );
  });
});
