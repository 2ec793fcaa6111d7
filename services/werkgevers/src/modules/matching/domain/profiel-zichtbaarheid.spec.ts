import { magProfielZien } from './profiel-zichtbaarheid';

describe('consent gate for candidate profiles', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('toestemming %p, vrijgegeven %p: shown %p', (toestemming, vrijgegeven, zichtbaar) => {
    expect(magProfielZien({ toestemming, vrijgegeven })).toBe(zichtbaar);
  });

  it('treats anything but an explicit true as no (e.g. a NULL from the database)', () => {
    expect(magProfielZien({ toestemming: null as unknown as boolean, vrijgegeven: true })).toBe(false);
    expect(magProfielZien({ toestemming: 'true' as unknown as boolean, vrijgegeven: true })).toBe(false);
  });
});
