/**
 * An inwoner's version as a strong ETag (`"3"`). A change of personal data must name the version it was based on:
 * two front-office staff correcting the same person at once would otherwise overwrite each other unseen.
 */
export function etagVan(versie: number): string {
  return `"${versie}"`;
}

/** The version If-Match names (`"3"` or `W/"3"`); null for anything else, which never matches. */
export function versieInIfMatch(ifMatch: string): number | null {
  const gevonden = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(ifMatch);
  return gevonden ? Number(gevonden[1]) : null;
}
