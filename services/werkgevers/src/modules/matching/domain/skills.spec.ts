import { SKILL_LABELS, SKILLS, SkillSchema } from './skills';

describe('controlled skills list', () => {
  it('has unique kebab-case ids, each with a Dutch label', () => {
    expect(new Set(SKILLS).size).toBe(SKILLS.length);
    for (const skill of SKILLS) {
      expect(skill).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(SKILL_LABELS[skill]).toEqual(expect.stringMatching(/\S/));
    }
    expect(Object.keys(SKILL_LABELS).sort()).toEqual([...SKILLS].sort());
  });

  it('refuses free text', () => {
    expect(SkillSchema.safeParse('heftruck').success).toBe(true);
    expect(SkillSchema.safeParse('Heftruck').success).toBe(false);
    expect(SkillSchema.safeParse('kan goed met mensen').success).toBe(false);
  });
});
