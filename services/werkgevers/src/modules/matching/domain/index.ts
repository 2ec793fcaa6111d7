export {
  IngevoerdeSkillSchema,
  IngevoerdeSkillsSchema,
  MAX_SKILLS,
  MAX_SKILL_LENGTE,
  normaliseerSkill,
} from './skill-normalisatie';
export { SkillCodeSchema, Vocabulaire } from './vocabulaire';
export type { GekoppeldeSkill, VocabulaireSkill } from './vocabulaire';
export { rangschikKandidaten } from './rangschik-kandidaten';
export type { GerangschikteKandidaat, Kandidaat } from './rangschik-kandidaten';
export { pseudoniem } from './pseudoniem';
export { magProfielZien } from './profiel-zichtbaarheid';
