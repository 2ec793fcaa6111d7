import type { RegelingCode } from '@wiz/contracts';
import { routeer } from './routeer';
import type { RouteringsInvoer } from './routerings-invoer';
import { STANDAARD_REGELTABEL } from './standaard-regeltabel';
import { BASIS_INVOER } from './testing/voorbeeld-invoer';

const regelingenVoor = (situatie: Partial<RouteringsInvoer>) =>
  routeer(STANDAARD_REGELTABEL, { ...BASIS_INVOER, ...situatie }).regelingen;

describe('STANDAARD_REGELTABEL regelingen (JTF, NPG)', () => {
  it.each<[string, Partial<RouteringsInvoer>, RegelingCode[]]>([
    ['a Groningen resident (GM0014) gets both', { gemeentecode: 'GM0014' }, ['JTF', 'NPG']],
    ['an Oldambt resident (GM1895) gets both', { gemeentecode: 'GM1895' }, ['JTF', 'NPG']],
    ['an Emmen resident (GM0114) gets JTF only', { gemeentecode: 'GM0114' }, ['JTF']],
    ['an Assen resident (GM0106) gets JTF only', { gemeentecode: 'GM0106' }, ['JTF']],
    ['an Amsterdam resident (GM0363) gets none', { gemeentecode: 'GM0363' }, []],
    ['a 17-year-old in Groningen gets no JTF', { gemeentecode: 'GM0014', leeftijd: 17 }, ['NPG']],
    ['an 18-year-old in Emmen gets JTF', { gemeentecode: 'GM0114', leeftijd: 18 }, ['JTF']],
  ])('%s', (_, situatie, regelingen) => {
    expect(regelingenVoor(situatie)).toEqual(regelingen);
  });

  it('still routes a resident outside the region, to their own gemeente', () => {
    const amsterdammer = routeer(STANDAARD_REGELTABEL, { ...BASIS_INVOER, gemeentecode: 'GM0363' });
    expect(amsterdammer.organisatie).toBe('GM0363');
    expect(amsterdammer.toelichting).not.toMatch(/Just Transition Fund|Nationaal Programma/);
  });

  it('names the funds in plain Dutch in the toelichting', () => {
    const groninger = routeer(STANDAARD_REGELTABEL, BASIS_INVOER).toelichting;
    expect(groninger).toContain('het Just Transition Fund van de Europese Unie en het Nationaal Programma Groningen');
  });
});
