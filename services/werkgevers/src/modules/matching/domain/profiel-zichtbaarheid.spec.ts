import { magProfielZien, type ToestemmingStand } from './profiel-zichtbaarheid';

const V = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const ANDERE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const werkgevers: ToestemmingStand = { doel: 'profiel-delen-met-werkgevers', gegeven: true };
const zien = (toestemmingen: ToestemmingStand[], vrijgegeven = true, vandaag = '2026-06-30') =>
  magProfielZien({ toestemmingen, vacatureId: V, vandaag, vrijgegeven });

describe('consent gate for candidate profiles', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('toestemming %p, vrijgegeven %p: shown %p', (gegeven, vrijgegeven, zichtbaar) => {
    expect(zien([{ ...werkgevers, gegeven }], vrijgegeven)).toBe(zichtbaar);
  });

  it('shows nothing without any consent', () => {
    expect(zien([])).toBe(false);
  });

  it('a consent lapses after its geldigTot (the day itself still counts)', () => {
    expect(zien([{ ...werkgevers, geldigTot: '2026-06-30' }])).toBe(true);
    expect(zien([{ ...werkgevers, geldigTot: '2026-06-29' }])).toBe(false);
  });

  it('a vacancy consent shows the profile only for that vacancy', () => {
    const voorV: ToestemmingStand = { doel: 'profiel-delen-met-vacature', vacatureId: V, gegeven: true };
    expect(zien([voorV])).toBe(true);
    expect(zien([{ ...voorV, vacatureId: ANDERE }])).toBe(false);
    expect(zien([{ ...voorV, vacatureId: null }])).toBe(false);
    expect(
      zien([
        { ...voorV, gegeven: false },
        { ...werkgevers, gegeven: false },
      ]),
    ).toBe(false);
  });

  it('a school consent does not show the profile to employers', () => {
    expect(zien([{ doel: 'profiel-delen-met-school', gegeven: true }])).toBe(false);
  });

  it('treats anything but an explicit true as no (e.g. a NULL from the database)', () => {
    expect(zien([{ ...werkgevers, gegeven: null as unknown as boolean }])).toBe(false);
    expect(zien([{ ...werkgevers, gegeven: 'true' as unknown as boolean }])).toBe(false);
    expect(zien([werkgevers], 'true' as unknown as boolean)).toBe(false);
  });
});
