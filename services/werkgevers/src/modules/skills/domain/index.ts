export {
  IngevoerdeSkillSchema,
  IngevoerdeSkillsSchema,
  MAX_SKILLS,
  MAX_SKILL_LENGTE,
  normaliseerSkill,
} from './skill-normalisatie';
export { SkillCodeSchema, Vocabulaire } from './vocabulaire';
export type { GekoppeldeSkill, VocabulaireSkill } from './vocabulaire';
