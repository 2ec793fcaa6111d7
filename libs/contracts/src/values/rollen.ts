/**
 * The roles a token may carry, for the services (libs/platform's auth) and the portaal (its menu and dev login)
 * alike: one list, so a new role reaches every place that checks or shows roles. A teamleider leads a team of
 * consulenten: reassigns trajecten and arranges stand-ins.
 */
export const ROLES = [
  'frontoffice',
  'consulent',
  'teamleider',
  'werkgeversteam',
  'financien',
  'monitor',
  'beheer',
] as const;
export type Role = (typeof ROLES)[number];
