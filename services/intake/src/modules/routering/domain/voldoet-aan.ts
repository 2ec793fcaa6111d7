import type { RouteringsInvoer } from './routerings-invoer';
import type { Voorwaarden } from './voorwaarden';

// Each helper treats an absent condition as "no restriction", which is why an empty Voorwaarden matches everyone.

function inLijst<T>(toegestaan: readonly T[] | undefined, waarde: T): boolean {
  return toegestaan === undefined || toegestaan.includes(waarde);
}

function gelijk(verwacht: boolean | undefined, waarde: boolean): boolean {
  return verwacht === undefined || verwacht === waarde;
}

function tussen(waarde: number, van: number | undefined, tot: number | undefined): boolean {
  return (van === undefined || waarde >= van) && (tot === undefined || waarde <= tot);
}

// Without a recorded rung we cannot know where someone stands, so a ladder condition does not match; nor does an
// age condition without an age (an anonymous orientation has no birth date).
function bekendTussen(waarde: number | undefined, van: number | undefined, tot: number | undefined): boolean {
  if (van === undefined && tot === undefined) return true;
  return waarde !== undefined && tussen(waarde, van, tot);
}

/** True when every condition present in `voorwaarden` holds for this input (AND over conditions, OR within a list). */
export function voldoetAan(voorwaarden: Voorwaarden, invoer: RouteringsInvoer): boolean {
  return (
    inLijst(voorwaarden.uitkering, invoer.uitkering) &&
    gelijk(voorwaarden.werkend, invoer.werkend) &&
    gelijk(voorwaarden.zzp, invoer.zzp) &&
    gelijk(voorwaarden.arbeidsbeperking, invoer.arbeidsbeperking) &&
    gelijk(voorwaarden.statushouder, invoer.statushouder) &&
    gelijk(voorwaarden.startkwalificatie, invoer.startkwalificatie) &&
    bekendTussen(invoer.leeftijd, voorwaarden.leeftijdVan, voorwaarden.leeftijdTot) &&
    inLijst(voorwaarden.gemeentecodes, invoer.gemeentecode) &&
    inLijst(voorwaarden.kanalen, invoer.kanaal) &&
    inLijst(voorwaarden.hulpvraagSoorten, invoer.hulpvraagSoort) &&
    bekendTussen(invoer.participatieladder, voorwaarden.participatieladderVan, voorwaarden.participatieladderTot)
  );
}
