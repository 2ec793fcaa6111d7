import { urenInHonderdsten } from './uren-in-honderdsten';

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

  it.each([-1, 12.755, 1e-7, Number.NaN, Infinity, 1e21])('refuses %p', (uren) => {
    expect(() => urenInHonderdsten(uren)).toThrow(RangeError);
  });
});
