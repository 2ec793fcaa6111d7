import { z } from 'zod';

/**
 * The controlled list of skills for vacancies and candidate profiles. A closed list so matching compares like
 * with like: 'heftruck' on a vacancy and on a profile mean the same thing, and no free text has to be guessed at.
 * Ids are stable (stored and sent in events); labels may change.
 */
export const SKILLS = [
  // zorg
  'persoonlijke-verzorging', 'huishoudelijke-zorg', 'helpende-zorg-welzijn', 'begeleiding', 'kinderopvang',
  // techniek
  'lassen', 'elektrotechniek', 'installatietechniek', 'metaalbewerking', 'cnc-verspanen', 'onderhoudsmonteur',
  // logistiek
  'heftruck', 'reachtruck', 'orderpicken', 'inpakken', 'magazijnbeheer', 'rijbewijs-b', 'rijbewijs-c',
  // bouw
  'metselen', 'timmeren', 'schilderen', 'grondwerk', 'steigerbouw',
  // horeca en voeding
  'bediening', 'keukenhulp', 'koken', 'productie-voedingsmiddelen',
  // schoonmaak en groen
  'schoonmaak', 'glazenwassen', 'groenonderhoud', 'hoveniersvaardigheden',
  // ICT, klantcontact, administratie, detailhandel
  'ict-support', 'programmeren', 'klantcontact', 'kassawerk', 'administratie', 'office-software',
  // taal en certificaten
  'nederlands-b1', 'engels', 'vca', 'bhv',
] as const;

export const SkillSchema = z.enum(SKILLS);
export type Skill = z.infer<typeof SkillSchema>;

/** Dutch labels for screens and exports. */
export const SKILL_LABELS: Readonly<Record<Skill, string>> = Object.freeze({
  'persoonlijke-verzorging': 'Persoonlijke verzorging',
  'huishoudelijke-zorg': 'Huishoudelijke zorg',
  'helpende-zorg-welzijn': 'Helpende zorg en welzijn',
  begeleiding: 'Begeleiding',
  kinderopvang: 'Kinderopvang',
  lassen: 'Lassen',
  elektrotechniek: 'Elektrotechniek',
  installatietechniek: 'Installatietechniek',
  metaalbewerking: 'Metaalbewerking',
  'cnc-verspanen': 'CNC-verspanen',
  onderhoudsmonteur: 'Onderhoudsmonteur',
  heftruck: 'Heftruck (certificaat)',
  reachtruck: 'Reachtruck (certificaat)',
  orderpicken: 'Orderpicken',
  inpakken: 'Inpakken',
  magazijnbeheer: 'Magazijnbeheer',
  'rijbewijs-b': 'Rijbewijs B',
  'rijbewijs-c': 'Rijbewijs C',
  metselen: 'Metselen',
  timmeren: 'Timmeren',
  schilderen: 'Schilderen',
  grondwerk: 'Grondwerk',
  steigerbouw: 'Steigerbouw',
  bediening: 'Bediening',
  keukenhulp: 'Keukenhulp',
  koken: 'Koken',
  'productie-voedingsmiddelen': 'Productie voedingsmiddelen',
  schoonmaak: 'Schoonmaak',
  glazenwassen: 'Glazenwassen',
  groenonderhoud: 'Groenonderhoud',
  hoveniersvaardigheden: 'Hoveniersvaardigheden',
  'ict-support': 'ICT-support',
  programmeren: 'Programmeren',
  klantcontact: 'Klantcontact',
  kassawerk: 'Kassawerk',
  administratie: 'Administratie',
  'office-software': 'Kantoorsoftware',
  'nederlands-b1': 'Nederlands op B1-niveau',
  engels: 'Engels',
  vca: 'VCA (veiligheid)',
  bhv: 'BHV',
});
