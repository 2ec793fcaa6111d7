import { z } from 'zod';
import {
  GEMEENTECODE_PATTERN,
  HUISNUMMER_PATTERN,
  isRealIsoDate,
  isValidBsn,
  normalizePostcode,
  TELEFOON_PATTERN,
} from '@wiz/contracts/browser';

/**
 * Dutch messages for single values, built on the rules the services use (@wiz/contracts/browser), so the browser
 * refuses exactly what the API would refuse, before anything is sent. Each check returns the message to show, or
 * undefined when the value is fine. Optional values are checked only when filled in.
 */

// Intake's request schema has these two rules inline (not in the contracts library); they are copied here
// verbatim and tested against the same examples. If intake changes them, change them here too.
// The same e-mail rule as intake's z.email().max(320).
const EMAIL = z.email().max(320);

const DATUM_NL = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** People type a BSN with spaces or dots from a letter; the number itself is the digits. */
export const bsnOpgeschoond = (invoer: string) => invoer.replace(/[\s.]/g, '');

/** "31-12-1990" (also with / or .) or "1990-12-31" as ISO "1990-12-31"; null when it is neither form. */
export function datumAlsIso(invoer: string): string | null {
  const tekst = invoer.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(tekst)) return tekst;
  const deel = DATUM_NL.exec(tekst);
  return deel ? `${deel[3]}-${deel[2].padStart(2, '0')}-${deel[1].padStart(2, '0')}` : null;
}

export function verplichtFout(invoer: string, wat: string): string | undefined {
  return invoer.trim() === '' ? `Vul ${wat} in.` : undefined;
}

export function naamFout(invoer: string, wat: string): string | undefined {
  return verplichtFout(invoer, wat) ?? (invoer.trim().length > 200 ? 'Gebruik maximaal 200 tekens.' : undefined);
}

export function bsnFout(invoer: string): string | undefined {
  const bsn = bsnOpgeschoond(invoer);
  if (bsn === '') return undefined;
  if (!/^\d{9}$/.test(bsn)) return 'Een BSN bestaat uit 9 cijfers. Controleer het nummer.';
  return isValidBsn(bsn) ? undefined : 'Dit BSN bestaat niet (het klopt niet met de elfproef). Controleer de cijfers.';
}

/** A birth date: filled in, a real day in the calendar, and not after today (`vandaag` as YYYY-MM-DD). */
export function geboortedatumFout(invoer: string, vandaag: string): string | undefined {
  const leeg = verplichtFout(invoer, 'de geboortedatum');
  if (leeg) return leeg;
  const iso = datumAlsIso(invoer);
  if (!iso) return 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-1990.';
  if (!isRealIsoDate(iso)) return 'Deze datum bestaat niet. Controleer de dag en de maand.';
  return iso > vandaag ? 'De geboortedatum kan niet in de toekomst liggen.' : undefined;
}

export function postcodeFout(invoer: string): string | undefined {
  return (
    verplichtFout(invoer, 'de postcode') ??
    (normalizePostcode(invoer) ? undefined : 'Vul een postcode in met 4 cijfers en 2 letters, zoals 9711 AB.')
  );
}

export function huisnummerFout(invoer: string): string | undefined {
  return (
    verplichtFout(invoer, 'het huisnummer') ??
    (HUISNUMMER_PATTERN.test(invoer.trim())
      ? undefined
      : 'Vul een huisnummer in, eventueel met toevoeging, zoals 12 of 12A.')
  );
}

export function gemeentecodeFout(invoer: string): string | undefined {
  return (
    verplichtFout(invoer, 'de gemeentecode') ??
    (GEMEENTECODE_PATTERN.test(invoer.trim().toUpperCase())
      ? undefined
      : 'Vul een gemeentecode in: GM en 4 cijfers, zoals GM0014.')
  );
}

export function emailFout(invoer: string): string | undefined {
  if (invoer.trim() === '') return undefined;
  return EMAIL.safeParse(invoer.trim()).success ? undefined : 'Vul een e-mailadres in zoals naam@voorbeeld.nl.';
}

export function telefoonFout(invoer: string): string | undefined {
  if (invoer.trim() === '') return undefined;
  return TELEFOON_PATTERN.test(invoer.trim())
    ? undefined
    : 'Vul een telefoonnummer in zoals 06 12345678 of +31 50 1234567: alleen cijfers, spaties, haakjes en streepjes.';
}
