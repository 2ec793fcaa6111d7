/** What erased free text reads as afterwards: the append-only tables' trigger accepts this marker and nothing else. */
export const GEWIST = '[gewist]';

/**
 * The kinds of record trajecten keeps about a person, each with its own retention period (BEWAARTERMIJN_<SOORT>),
 * counted from the traject's closing day. Erasure (AVG art. 17) takes all of them at once.
 * - journaal: the notes and their corrections (text, correction reason);
 * - plan: goals, actions (description, owner) and who agreed to the plan;
 * - opvolgingen: follow-ups' outcomes as typed, the reason a placement ended;
 * - overdrachten: a handover's explanation and the reason it was declined;
 * - traject: the reasons given for step changes, and who holds the traject (the caseload link).
 * What stays: ids, steps, dates, statuses, kinds and the audit log, so the monitor's figures never move.
 */
export const SOORTEN = ['journaal', 'plan', 'opvolgingen', 'overdrachten', 'traject'] as const;
export type Soort = (typeof SOORTEN)[number];

/**
 * Defaults, after the Selectielijst gemeenten en intergemeentelijke organen (2020), process "re-integratie"
 * (Participatiewet): the client file is destroyed 5 years after the service ended. Assumed the same for every kind
 * here (all are parts of that file); a gemeente with another reading sets BEWAARTERMIJN_<SOORT>.
 */
export const STANDAARD_TERMIJNEN: Readonly<Record<Soort, string>> = {
  journaal: 'P5Y',
  plan: 'P5Y',
  opvolgingen: 'P5Y',
  overdrachten: 'P5Y',
  traject: 'P5Y',
};
