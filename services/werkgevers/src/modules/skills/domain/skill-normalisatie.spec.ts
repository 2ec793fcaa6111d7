import { IngevoerdeSkillsSchema, MAX_SKILL_LENGTE, MAX_SKILLS, normaliseerSkill } from './skill-normalisatie';
import { Vocabulaire } from './vocabulaire';

describe('skills: normalisation', () => {
  it('lowers case, strips accents, collapses and trims whitespace', () => {
    expect(normaliseerSkill('  Nederlands \t B1 ')).toBe('nederlands b1');
    expect(normaliseerSkill('Café-bediening')).toBe('cafe-bediening');
    expect(normaliseerSkill('Ĳzervlechten\nÉN  lassen')).toBe('ĳzervlechten en lassen');
    expect(normaliseerSkill('zorg')).toBe(normaliseerSkill('ZÖRG'));
  });

  it('accepts any list of texts, bounded, refusing texts that are empty once normalised', () => {
    expect(IngevoerdeSkillsSchema.safeParse(['heftruck', 'klantgericht werken', 'Nederlands B1']).success).toBe(true);
    expect(IngevoerdeSkillsSchema.safeParse(['zorg', 'communicatie']).success).toBe(true);
    expect(IngevoerdeSkillsSchema.safeParse(['  ']).success).toBe(false);
    expect(IngevoerdeSkillsSchema.safeParse(['\u0301']).success).toBe(false); // a lone accent is nothing
    expect(IngevoerdeSkillsSchema.safeParse(['x'.repeat(MAX_SKILL_LENGTE + 1)]).success).toBe(false);
    expect(IngevoerdeSkillsSchema.safeParse(Array.from({ length: MAX_SKILLS + 1 }, (_, i) => `s${i}`)).success).toBe(
      false,
    );
    expect(IngevoerdeSkillsSchema.safeParse([3]).success).toBe(false);
  });
});

describe('skills: vocabulary', () => {
  const vocabulaire = new Vocabulaire([
    { code: 'nederlands-b1', label: 'Nederlands op B1-niveau', synoniemen: ['nederlands b1'] },
    { code: 'klantcontact', label: 'Klantcontact', synoniemen: ['klantgericht werken'] },
    { code: 'heftruck', label: 'Heftruck (certificaat)', synoniemen: [] },
  ]);

  it('maps codes, labels and synonyms onto the code, whatever case, accents and spacing', () => {
    expect(vocabulaire.koppel('Nederlands B1')).toEqual({
      ingevoerd: 'Nederlands B1',
      skill: 'nederlands-b1',
      code: 'nederlands-b1',
    });
    expect(vocabulaire.koppel('KLANTGERICHT   wérken').code).toBe('klantcontact');
    expect(vocabulaire.koppel('heftruck (Certificaat)').code).toBe('heftruck');
    expect(vocabulaire.koppel('HEFTRUCK').code).toBe('heftruck');
  });

  it('keeps an unknown text as a free skill on its normalised text', () => {
    expect(vocabulaire.koppel(' Zórg ')).toEqual({ ingevoerd: ' Zórg ', skill: 'zorg', code: null });
  });

  it('holds a skill once when two texts map onto it, in the order sent', () => {
    expect(
      vocabulaire
        .koppelAlle(['Zorg', 'heftruck', 'zorg', 'Heftruck (certificaat)', 'Nederlands B1'])
        .map((k) => k.skill),
    ).toEqual(['zorg', 'heftruck', 'nederlands-b1']);
  });
});
