import { isLatereStap, KanaalSchema, RegelingCodeSchema, STAPPEN, StapSchema } from './enums';
import { OrganisatieSchema, stappenVan } from './organisatie';
import { GemeentecodeSchema } from './gemeentecode';

describe('STAPPEN', () => {
  it('lists the five steps in their order', () => {
    expect(STAPPEN).toEqual(['orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen']);
    expect(StapSchema.options).toEqual([...STAPPEN]);
  });

  it('knows which step comes later', () => {
    expect(isLatereStap('orienteren', 'matchen')).toBe(true);
    expect(isLatereStap('scholen', 'begeleiden')).toBe(false);
    expect(isLatereStap('scholen', 'scholen')).toBe(false);
  });
});

describe('enum schemas', () => {
  it('accept listed values only, case-sensitively', () => {
    expect(KanaalSchema.safeParse('talentperron').success).toBe(true);
    expect(KanaalSchema.safeParse('Balie').success).toBe(false);
    expect(RegelingCodeSchema.safeParse('JTF').success).toBe(true);
    expect(RegelingCodeSchema.safeParse('jtf').success).toBe(false);
  });
});

describe('GemeentecodeSchema and OrganisatieSchema', () => {
  it.each(['GM0014', 'GM1680'])('accept gemeentecode %s', (code) => {
    expect(GemeentecodeSchema.safeParse(code).success).toBe(true);
    expect(OrganisatieSchema.safeParse(code).success).toBe(true);
  });

  it.each(['gm0014', 'GM014', 'GM00140', '0014', ' GM0014'])('reject %j', (code) => {
    expect(GemeentecodeSchema.safeParse(code).success).toBe(false);
    expect(OrganisatieSchema.safeParse(code).success).toBe(false);
  });

  it('accepts the regional organisations and nothing else', () => {
    for (const org of ['UWV', 'talentperron', 'leerwerkloket', 'werkgeversservicepunt', 'wiz']) {
      expect(OrganisatieSchema.safeParse(org).success).toBe(true);
    }
    expect(OrganisatieSchema.safeParse('uwv').success).toBe(false);
    expect(OrganisatieSchema.safeParse('SVB').success).toBe(false);
  });
});

describe('stappenVan', () => {
  it('gives the regional services their own steps, and every step to a gemeente, UWV and the programme', () => {
    expect(stappenVan('leerwerkloket')).toEqual(['ontwikkelen', 'scholen']);
    expect(stappenVan('werkgeversservicepunt')).toEqual(['matchen']);
    expect(stappenVan('talentperron')).toEqual(['orienteren']);
    for (const org of ['GM0014', 'UWV', 'wiz']) expect(stappenVan(org)).toEqual(STAPPEN);
  });
});
