import fc from 'fast-check';
import { OngeldigeUrenError, urenInHonderdsten, urenInTienden, zijnGeldigeUren } from './uren';

const NIET_GETALLEN = [-1, -0.5, Number.NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2];

describe('hours in tenths', () => {
  it.each([
    [0, 0n],
    [25.5, 255n],
    [36, 360n],
    [0.1, 1n],
    [40.9, 409n],
  ])('reads %p as %p', (uren, tienden) => {
    expect(urenInTienden(uren)).toBe(tienden);
  });

  it.each([...NIET_GETALLEN, 12.75, 25.55, 0.05])('refuses %p with the hours and their unit', (uren) => {
    expect(() => urenInTienden(uren)).toThrow(new OngeldigeUrenError(uren, 1));
    expect(() => urenInTienden(uren)).toThrow(RangeError);
  });

  it('counts every one-decimal amount exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (t) => urenInTienden(t / 10) === BigInt(t)));
  });
});

describe('hours in hundredths', () => {
  it.each([
    [0, 0n],
    [25.5, 2550n],
    [12.75, 1275n],
    [0.1, 10n],
    [0.05, 5n],
    [40, 4000n],
  ])('reads %p as %p', (uren, honderdsten) => {
    expect(urenInHonderdsten(uren)).toBe(honderdsten);
  });

  it.each([...NIET_GETALLEN, 12.755])('refuses %p', (uren) => {
    expect(() => urenInHonderdsten(uren)).toThrow(new OngeldigeUrenError(uren, 2));
  });

  it('counts every two-decimal amount exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (h) => urenInHonderdsten(h / 100) === BigInt(h)));
  });
});

describe('zijnGeldigeUren', () => {
  it('answers what the conversions accept, without throwing', () => {
    expect(zijnGeldigeUren(25.5, 1)).toBe(true);
    expect(zijnGeldigeUren(12.75, 1)).toBe(false);
    expect(zijnGeldigeUren(12.75, 2)).toBe(true);
    expect(zijnGeldigeUren(0.1 + 0.2, 2)).toBe(false);
  });

  it('names the unit in the error text', () => {
    expect(new OngeldigeUrenError(12.75, 1).message).toBe('hours must be >= 0 with at most one decimal, got 12.75');
    expect(new OngeldigeUrenError(1.234, 2).message).toBe('hours must be >= 0 with at most two decimals, got 1.234');
  });
});
