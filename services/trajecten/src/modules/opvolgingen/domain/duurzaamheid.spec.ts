import fc from 'fast-check';
import { kalenderdag, plusMaanden } from '@wiz/contracts';
import {
  eisUitkomstTeRegistreren,
  isDuurzaam,
  UitkomstNietMogelijk,
  vervaldatumDuurzaamheidscheck,
} from './duurzaamheid';
import { isStilgevallen } from './opvolging';

describe('duurzaam aan het werk', () => {
  it('is in dienst and at least 24 hours: 24 is duurzaam, 23.5 is not', () => {
    expect(isDuurzaam(true, 24)).toBe(true);
    expect(isDuurzaam(true, 23.5)).toBe(false);
    expect(isDuurzaam(false, 40)).toBe(false);
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 80, noNaN: true }), (inDienst, uren) =>
        expect(isDuurzaam(inDienst, uren)).toBe(inDienst && uren >= 24),
      ),
    );
  });

  it('is due on the day six months after the start date, whatever the hour it was recorded (Amsterdam days)', () => {
    const dag = (d: Date) => kalenderdag(d);
    // Recorded at 23:30 in winter time on its start day: the check is on 2 September, not the 3rd.
    expect(dag(vervaldatumDuurzaamheidscheck('2026-03-02', new Date('2026-03-02T22:30:00Z'), 'P6M'))).toBe(
      '2026-09-02',
    );
    // Recorded at 00:30 summer time on 31 March (30 March in UTC): 30 September, the last day of that month.
    expect(dag(vervaldatumDuurzaamheidscheck('2026-03-31', new Date('2026-03-30T22:30:00Z'), 'P6M'))).toBe(
      '2026-09-30',
    );
    expect(dag(vervaldatumDuurzaamheidscheck('2026-08-31', new Date('2026-08-31T12:00:00Z'), 'P6M'))).toBe(
      '2027-02-28',
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
        (vastgelegdOp) => {
          const start = kalenderdag(vastgelegdOp);
          expect(dag(vervaldatumDuurzaamheidscheck(start, vastgelegdOp, 'P6M'))).toBe(plusMaanden(start, 6));
        },
      ),
    );
  });

  it('is due six months after the start date, or after the moment of recording for a placement starting today', () => {
    expect(vervaldatumDuurzaamheidscheck('2026-03-02', new Date('2026-02-20T10:00:00Z'), 'P6M').toISOString()).toBe(
      '2026-09-02T00:00:00.000Z',
    );
    expect(vervaldatumDuurzaamheidscheck('2026-03-02', new Date('2026-03-02T14:00:00Z'), 'PT5S').toISOString()).toBe(
      '2026-03-02T14:00:05.000Z',
    );
    // 00:30 on 2 March in Amsterdam is still 1 March in UTC: the start day is the Dutch one.
    expect(vervaldatumDuurzaamheidscheck('2026-03-02', new Date('2026-03-01T23:30:00Z'), 'PT5S').toISOString()).toBe(
      '2026-03-01T23:30:05.000Z',
    );
    expect(vervaldatumDuurzaamheidscheck('2025-01-10', new Date('2026-03-02T14:00:00Z'), 'P6M').toISOString()).toBe(
      '2025-07-10T00:00:00.000Z',
    );
  });

  it('calls a traject stalled only after a whole quiet period without change', () => {
    const last = new Date('2026-01-01T00:00:00Z');
    expect(isStilgevallen(last, new Date('2026-02-25T00:00:00Z'), 'P8W')).toBe(false);
    expect(isStilgevallen(last, new Date('2026-02-26T00:00:00Z'), 'P8W')).toBe(true);
  });

  it('takes an outcome only for a due duurzaamheidscheck without one, and refuses the rest as a conflict', () => {
    expect(() => eisUitkomstTeRegistreren({ soort: 'duurzaamheidscheck', status: 'open' })).not.toThrow();
    for (const o of [
      { soort: 'contactmoment', status: 'open' },
      { soort: 'duurzaamheidscheck', status: 'gepland' },
      { soort: 'duurzaamheidscheck', status: 'afgehandeld' },
    ] as const) {
      expect(() => eisUitkomstTeRegistreren(o)).toThrow(UitkomstNietMogelijk);
      expect(() => eisUitkomstTeRegistreren(o)).toThrow(expect.objectContaining({ kind: 'conflict' }));
    }
  });
});
