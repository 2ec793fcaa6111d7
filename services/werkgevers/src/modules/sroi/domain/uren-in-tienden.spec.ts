import { urenInTienden } from './uren-in-tienden';

describe('hours in tenths', () => {
  it.each([
    [0, 0n],
    [25.5, 255n],
    [36, 360n],
    [0.1, 1n],
    [40.9, 409n],
  ])('reads %p as %p tenths', (uren, tienden) => {
    expect(urenInTienden(uren)).toBe(tienden);
  });

  it.each([-1, 25.55, Number.NaN, Infinity, 1e21])('refuses %p', (uren) => {
    expect(() => urenInTienden(uren)).toThrow(RangeError);
  });
});
