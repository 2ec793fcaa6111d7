const EURO = /^(\d{1,13})(?:[,.](\d{1,2}))?$/;

/**
 * An amount typed in euro ("12,50", "12.5", "1250") as whole cents, read from its text so no floating point is
 * involved; undefined when it is not an amount.
 */
export function euroAlsCenten(tekst: string): number | undefined {
  const match = EURO.exec(tekst.trim().replace(/^€\s*/, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A percentage typed with a decimal comma or point ("62,5"); undefined when it is not a number. */
export function alsPercentage(tekst: string): number | undefined {
  const t = tekst.trim().replace(',', '.');
  return /^\d+(?:\.\d{1,2})?$/.test(t) ? Number(t) : undefined;
}
