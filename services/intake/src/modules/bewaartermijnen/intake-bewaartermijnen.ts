import { loadBewaartermijnen } from '@wiz/platform';

/**
 * Intake's kinds of record and their default retention, each counted from the moment the person's last traject
 * closed (trajecten's traject-afgesloten), or for someone who never got a traject from their latest aanmelding;
 * nothing of a person with an open traject is due. Assumed source: Selectielijst gemeenten en intergemeentelijke
 * organen 2020, the re-integration file (dossier re-integratie / participatievoorziening): destroy 5 years after
 * the service ended (to be confirmed by the gemeente's archivist; every period can be set per deployment).
 * Identity checks and likely-duplicate pairs serve only the registration itself: 1 year. The privacy requests
 * themselves are the legal record and are not destroyed by this job.
 */
export const INTAKE_BEWAARTERMIJNEN = {
  /** Name, birth date, address, contact data, BSN of the inwoner (BEWAARTERMIJN_IDENTITEIT). */
  identiteit: 'P5Y',
  /** What each aanmelding captured: person data, ESF+ and situation answers, hulpvraag (BEWAARTERMIJN_AANMELDINGEN). */
  aanmeldingen: 'P5Y',
  /** Consents in force (BEWAARTERMIJN_TOESTEMMINGEN); their history names only staff and stays. */
  toestemmingen: 'P5Y',
  /** Beheer's identity checks (BEWAARTERMIJN_IDENTITEITSCONTROLES). */
  identiteitscontroles: 'P1Y',
  /** Likely-duplicate pairs (BEWAARTERMIJN_MOGELIJKE_DUBBELEN). */
  'mogelijke-dubbelen': 'P1Y',
} as const;

export type IntakeRecordsoort = keyof typeof INTAKE_BEWAARTERMIJNEN;

export const loadIntakeBewaartermijnen = (env: NodeJS.ProcessEnv = process.env) =>
  loadBewaartermijnen<IntakeRecordsoort>('intake', INTAKE_BEWAARTERMIJNEN, env);
