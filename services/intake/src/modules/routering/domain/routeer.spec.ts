import { RegeltabelSchema, type Regeltabel } from './regeltabel';
import type { RouteRegel } from './route-regel';
import { eerstePassendeRouteregel, routeer } from './routeer';
import type { RouteringsInvoer } from './routerings-invoer';

const invoer: RouteringsInvoer = {
  uitkering: 'ww',
  werkend: false,
  zzp: false,
  arbeidsbeperking: true,
  statushouder: false,
  startkwalificatie: true,
  leeftijd: 40,
  gemeentecode: 'GM1680',
  kanaal: 'online',
  hulpvraagSoort: 'werk',
};

const regel = (
  naam: string,
  voorwaarden: RouteRegel['voorwaarden'],
  organisatie: RouteRegel['route']['organisatie'],
): RouteRegel => ({
  naam,
  voorwaarden,
  route: { stap: 'begeleiden', organisatie, dienst: `dienst van ${naam}`, toelichting: `Toelichting van ${naam}.` },
});

const tabel = (routeregels: RouteRegel[], regelingregels: Regeltabel['regelingregels'] = []): Regeltabel =>
  RegeltabelSchema.parse({ routeregels: [...routeregels, regel('vangnet', {}, 'gemeente')], regelingregels });

describe('routeer', () => {
  it('lets the first matching rule win when two rules overlap', () => {
    const ww = regel('ww', { uitkering: ['ww'] }, 'UWV');
    const beperking = regel('beperking', { arbeidsbeperking: true }, 'leerwerkloket');
    expect(routeer(tabel([ww, beperking]), invoer)).toMatchObject({
      regel: 'ww',
      organisatie: 'UWV',
      dienst: 'dienst van ww',
    });
    expect(routeer(tabel([beperking, ww]), invoer)).toMatchObject({ regel: 'beperking', organisatie: 'leerwerkloket' });
  });

  it('skips rules that do not match and falls through to the catch-all', () => {
    const uitkomst = routeer(tabel([regel('jong', { leeftijdTot: 26 }, 'leerwerkloket')]), invoer);
    expect(uitkomst).toEqual({
      stap: 'begeleiden',
      organisatie: 'GM1680',
      dienst: 'dienst van vangnet',
      regelingen: [],
      toelichting: 'Toelichting van vangnet.',
      regel: 'vangnet',
    });
  });

  it("resolves 'gemeente' to the inwoner's own gemeentecode", () => {
    expect(routeer(tabel([]), { ...invoer, gemeentecode: 'GM0363' }).organisatie).toBe('GM0363');
  });

  it('lists eligible regelingen once each, sorted, and explains them in plain words', () => {
    const regelingregels: Regeltabel['regelingregels'] = [
      { regeling: 'NPG', gemeentecodes: ['GM1680'], voorwaarden: {} },
      {
        regeling: 'JTF',
        gemeentecodes: ['GM1680'],
        voorwaarden: { leeftijdVan: 18 },
        bron: 'Voorbeeldregeling, artikel 2',
      },
      { regeling: 'NPG', gemeentecodes: ['GM1680', 'GM0014'], voorwaarden: { uitkering: ['ww'] } },
      { regeling: 'JTF', gemeentecodes: ['GM0014'], voorwaarden: {} },
    ];
    const uitkomst = routeer(tabel([], regelingregels), invoer);
    expect(uitkomst.regelingen).toEqual(['JTF', 'NPG']);
    expect(uitkomst.toelichting).toBe(
      'Toelichting van vangnet. Voor uw traject is mogelijk extra geld beschikbaar uit het Just Transition Fund van de Europese Unie en het Nationaal Programma Groningen.',
    );
  });

  it('gives no regeling when the gemeente is outside its area, even if the conditions hold', () => {
    const regelingregels: Regeltabel['regelingregels'] = [
      { regeling: 'JTF', gemeentecodes: ['GM0014'], voorwaarden: {} },
    ];
    expect(routeer(tabel([], regelingregels), invoer).regelingen).toEqual([]);
  });

  it('is deterministic: the same table and input give the same outcome', () => {
    const t = tabel([regel('ww', { uitkering: ['ww'] }, 'UWV')]);
    expect(routeer(t, { ...invoer })).toEqual(routeer(t, { ...invoer }));
  });

  it('refuses, with a pointer to the schema, a hand-built table that never passed it', () => {
    expect(() => eerstePassendeRouteregel([regel('alleen-ww', { uitkering: ['wia'] }, 'UWV')], invoer)).toThrow(
      /validate the table with RegeltabelSchema/,
    );
  });
});
