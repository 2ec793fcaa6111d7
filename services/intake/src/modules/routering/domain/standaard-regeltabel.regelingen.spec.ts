import type { RegelingCode } from '@wiz/contracts';
import { routeer } from './routeer';
import { OpgeslagenRegeltabelSchema, RegeltabelSchema, type Regeltabel } from './regeltabel';
import type { RouteringsInvoer } from './routerings-invoer';
import { STANDAARD_REGELTABEL } from './standaard-regeltabel';
import { STANDAARD_REGELTABEL_V1 } from './standaard-regeltabel-v1';
import { BASIS_INVOER } from './testing/voorbeeld-invoer';

const V1 = OpgeslagenRegeltabelSchema.parse(STANDAARD_REGELTABEL_V1);
const regelingenVoor = (tabel: Regeltabel, situatie: Partial<RouteringsInvoer>) =>
  routeer(tabel, { ...BASIS_INVOER, ...situatie }).regelingen;

// Version 1 (until issue 15) and version 2 side by side: v1 stays stored for the aanmeldingen it routed.
describe('standard routing tables v1 and v2: regelingen (JTF, NPG)', () => {
  it.each<[string, Partial<RouteringsInvoer>, RegelingCode[], RegelingCode[]]>([
    ['Groningen (GM0014)', { gemeentecode: 'GM0014' }, ['JTF', 'NPG'], ['JTF', 'NPG']],
    ['Oldambt (GM1895)', { gemeentecode: 'GM1895' }, ['JTF', 'NPG'], ['JTF', 'NPG']],
    ['Westerwolde (GM1950)', { gemeentecode: 'GM1950' }, ['JTF', 'NPG'], ['JTF', 'NPG']],
    ['Emmen (GM0114)', { gemeentecode: 'GM0114' }, ['JTF'], ['JTF']],
    ['Assen (GM0106)', { gemeentecode: 'GM0106' }, ['JTF'], []],
    ['Aa en Hunze (GM1680)', { gemeentecode: 'GM1680' }, ['JTF'], []],
    ['Noordenveld (GM1699)', { gemeentecode: 'GM1699' }, ['JTF'], []],
    ['Tynaarlo (GM1730)', { gemeentecode: 'GM1730' }, ['JTF'], []],
    ['Amsterdam (GM0363)', { gemeentecode: 'GM0363' }, [], []],
    ['a 17-year-old in Groningen', { gemeentecode: 'GM0014', leeftijd: 17 }, ['NPG'], ['JTF', 'NPG']],
    ['a 16-year-old in Emmen', { gemeentecode: 'GM0114', leeftijd: 16 }, [], ['JTF']],
  ])('%s: v1 %j, v2 %j', (_, situatie, v1, v2) => {
    expect(regelingenVoor(V1, situatie)).toEqual(v1);
    expect(regelingenVoor(STANDAARD_REGELTABEL, situatie)).toEqual(v2);
  });

  it('routes v1 and v2 alike apart from the regelingen', () => {
    expect(V1.routeregels).toEqual(STANDAARD_REGELTABEL.routeregels);
  });

  it('sets no age limit in v2', () => {
    expect(STANDAARD_REGELTABEL.regelingregels.map((regel) => regel.voorwaarden)).toEqual([{}, {}]);
  });

  it('refuses to publish an age limit without its bron, and accepts it with one', () => {
    const tabel = (bron?: string) => ({
      routeregels: STANDAARD_REGELTABEL.routeregels,
      regelingregels: [
        { regeling: 'JTF', gemeentecodes: ['GM0014'], voorwaarden: { leeftijdVan: 18 }, ...(bron ? { bron } : {}) },
      ],
    });
    const zonder = RegeltabelSchema.safeParse(tabel());
    expect(zonder.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['regelingregels', 0, 'bron'],
        'regelingregel 1 (JTF) sets an age limit without its bron: name the regeling and article that state it',
      ],
    ]);
    expect(RegeltabelSchema.safeParse(tabel('Subsidieregeling JTF Groningen-Emmen, artikel 4')).success).toBe(true);
  });

  it('still reads the stored v1, which predates the bron rule, but would not publish it today', () => {
    expect(OpgeslagenRegeltabelSchema.safeParse(STANDAARD_REGELTABEL_V1).success).toBe(true);
    expect(RegeltabelSchema.safeParse(STANDAARD_REGELTABEL_V1).success).toBe(false);
  });

  it('still routes a resident outside the region, to their own gemeente', () => {
    const amsterdammer = routeer(STANDAARD_REGELTABEL, { ...BASIS_INVOER, gemeentecode: 'GM0363' });
    expect(amsterdammer.organisatie).toBe('GM0363');
    expect(amsterdammer.toelichting).not.toMatch(/Just Transition Fund|Nationaal Programma/);
  });

  it('names the funds in plain Dutch in the toelichting, and none for Assen under v2', () => {
    const groninger = routeer(STANDAARD_REGELTABEL, BASIS_INVOER).toelichting;
    expect(groninger).toContain('het Just Transition Fund van de Europese Unie en het Nationaal Programma Groningen');
    expect(routeer(STANDAARD_REGELTABEL, { ...BASIS_INVOER, gemeentecode: 'GM0106' }).toelichting).not.toMatch(
      /Just Transition Fund/,
    );
  });
});
