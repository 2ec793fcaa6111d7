import { addIsoDuration, parseIsoDuration } from '@wiz/contracts';

/**
 * Follow-ups: reminders for a contact moment, a stalled traject, and the duurzaamheidscheck after a placement.
 * gepland → (due) open → afgehandeld; gepland → vervallen when the reason went away (traject closed, or it turned
 * out not to be stalled). Firing is the one transition gepland → open, so a moment fires once however often its
 * job runs.
 */
export type OpvolgingSoort = 'contactmoment' | 'stilstand' | 'duurzaamheidscheck';
export type OpvolgingStatus = 'gepland' | 'open' | 'afgehandeld' | 'vervallen';

export const OPVOLGING_SOORTEN = ['contactmoment', 'stilstand', 'duurzaamheidscheck'] as const;
export const OPVOLGING_STATUSSEN = ['gepland', 'open', 'afgehandeld', 'vervallen'] as const;

/** How long after a reminder of this kind the next one comes (the configured ISO-8601 durations). */
export function herinneringsInterval(
  soort: 'contactmoment' | 'stilstand',
  config: { contactmomentInterval: string; stilstandNa: string },
): string {
  return soort === 'contactmoment' ? config.contactmomentInterval : config.stilstandNa;
}

/** The next moment after `vanaf`, `interval` (ISO-8601) later. */
export function volgendMoment(vanaf: Date, interval: string): Date {
  return addIsoDuration(vanaf, parseIsoDuration(interval));
}

/** A stalled reminder is due only when nothing happened in the traject for the whole quiet period. */
export function isStilgevallen(laatsteWijziging: Date, nu: Date, stilteperiode: string): boolean {
  return volgendMoment(laatsteWijziging, stilteperiode) <= nu;
}
