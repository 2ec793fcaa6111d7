export { SKILL_LABELS, SKILLS, SkillSchema } from './skills';
export type { Skill } from './skills';
export { rangschikKandidaten } from './rangschik-kandidaten';
export type { GerangschikteKandidaat, Kandidaat } from './rangschik-kandidaten';
export { pseudoniem } from './pseudoniem';
export { magProfielZien } from './profiel-zichtbaarheid';
