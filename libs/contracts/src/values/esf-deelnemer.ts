import { z } from 'zod';
import { isoDateParts } from './dates';

// ESF+ common indicators that the JTF asks for, recorded once per participant at entry.

export const ARBEIDSMARKTSTATUSSEN = ['werkloos', 'langdurig-werkloos', 'inactief', 'werkend'] as const;
export const ArbeidsmarktstatusSchema = z.enum(ARBEIDSMARKTSTATUSSEN);
export type Arbeidsmarktstatus = z.infer<typeof ArbeidsmarktstatusSchema>;

// ESF+ reports <18, 18-29 and 55+; 30-54 is the remainder, kept so every participant has a band.
export const LEEFTIJDSBANDEN = ['onder-18', '18-29', '30-54', '55-plus'] as const;
export const LeeftijdsbandSchema = z.enum(LEEFTIJDSBANDEN);
export type Leeftijdsband = z.infer<typeof LeeftijdsbandSchema>;

export const OPLEIDINGSNIVEAUS = ['isced-0-2', 'isced-3-4', 'isced-5-8', 'onbekend'] as const;
export const OpleidingsniveauSchema = z.enum(OPLEIDINGSNIVEAUS);
export type Opleidingsniveau = z.infer<typeof OpleidingsniveauSchema>;

export const GESLACHTEN = ['man', 'vrouw', 'anders', 'onbekend'] as const;
export const GeslachtSchema = z.enum(GESLACHTEN);
export type Geslacht = z.infer<typeof GeslachtSchema>;

/** Age in completed years on `peildatum`; someone born on 29 February ages on 1 March in common years. */
export function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const born = isoDateParts(geboortedatum);
  const on = isoDateParts(peildatum);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  const age = on.year - born.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError('peildatum lies before geboortedatum');
  return age;
}

/**
 * The ESF+ age band on a reference date. Only the band leaves intake, so the birth date
 * itself never travels in an event.
 */
export function leeftijdsbandOp(geboortedatum: string, peildatum: string): Leeftijdsband {
  const age = leeftijdOp(geboortedatum, peildatum);
  if (age < 18) return 'onder-18';
  if (age < 30) return '18-29';
  if (age < 55) return '30-54';
  return '55-plus';
}

/**
 * Target groups the monitor and the council report break figures down by (domain.md, "Reporting rhythm").
 * Derived at intake from the situation; a person can be in several at once.
 */
export const DOELGROEPEN = [
  'jongeren', // under 27
  '50-plussers',
  'statushouders',
  'arbeidsbeperking',
  'ggz',
  'participatiewet',
  'ww',
  'wia',
  'wajong',
  'anw',
  'zonder-uitkering',
  'werkenden-met-risico',
  'zzp',
] as const;
export const DoelgroepSchema = z.enum(DOELGROEPEN);
export type Doelgroep = z.infer<typeof DoelgroepSchema>;

/** The Dutch names of the target groups, for the council report and the portaal's dashboard alike. */
export const DOELGROEP_NAMEN: Readonly<Record<Doelgroep | 'onbekend', string>> = Object.freeze({
  jongeren: 'Jongeren (onder 27)',
  '50-plussers': '50-plussers',
  statushouders: 'Statushouders',
  arbeidsbeperking: 'Met arbeidsbeperking',
  ggz: 'Met GGZ-achtergrond',
  participatiewet: 'Participatiewet',
  ww: 'WW',
  wia: 'WIA',
  wajong: 'Wajong',
  anw: 'Anw',
  'zonder-uitkering': 'Zonder uitkering',
  'werkenden-met-risico': 'Werkenden met risico',
  zzp: 'Zzp’ers',
  onbekend: 'Doelgroep onbekend',
});
