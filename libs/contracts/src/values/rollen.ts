/**
 * The roles a token may carry, for the services (libs/platform's auth) and the portaal (its menu and dev login)
 * alike: one list, so a new role reaches every place that checks or shows roles. A teamleider leads a team of
 * consulenten: reassigns trajecten and arranges stand-ins. The privacy officer (functionaris gegevensbescherming's
 * office) grants erasure and restriction requests (AVG art. 17, 18) and alone reads a restricted person's data.
 * An inwoner is the person themself (Mijn Werk in Zicht): a role only intake's inwoner sessions grant (DigiD login,
 * exchanged for a token of the inwoner-session issuer), never a staff token, so routes admit them by the same
 * @Roles check as staff and every service's authorisation matrix probes them like any other role.
 */
export const ROLES = [
  'frontoffice',
  'consulent',
  'teamleider',
  'werkgeversteam',
  'financien',
  'monitor',
  'beheer',
  'privacy',
  'inwoner',
] as const;
export type Role = (typeof ROLES)[number];
