import type { Uitkering } from '@wiz/contracts';
import { SroiDoelgroep } from './sroi-doelgroep';

/** How sure werkgevers is of a placement's doelgroep: told by the team, derived from intake's data, or neither. */
export type SroiDoelgroepStatus = 'bevestigd' | 'afgeleid' | 'onbevestigd';

/** What werkgevers keeps of a person for the SROI bouwblok (from intake's aanmelding-afgerond), nothing more. */
export interface Uitkeringssituatie {
  uitkering: Uitkering;
  uitkeringSinds: string | null; // YYYY-MM
  doelgroepregister: boolean | null;
}

const maandnummer = (jjjjmm: string) => Number(jjjjmm.slice(0, 4)) * 12 + Number(jjjjmm.slice(5, 7));

/**
 * The doelgroep at the placement's start, or null when it cannot be told (no situation known yet; Participatiewet
 * without the month it started; WIA, Wajong, Anw, which have no bouwblok of their own). The benefit start is known
 * to the month only, so "two years or longer" is decided only when it holds for any day of that month: from the
 * 25th month on. Until then it is kort, the lower bouwblok: a derived value never counts for more than it is worth.
 */
export function leidSroiDoelgroepAf(situatie: Uitkeringssituatie | null, startdatum: string): SroiDoelgroep | null {
  if (!situatie) return null;
  if (situatie.doelgroepregister === true) return 'doelgroepregister';
  switch (situatie.uitkering) {
    case 'participatiewet':
      if (!situatie.uitkeringSinds) return null;
      return maandnummer(startdatum) - maandnummer(situatie.uitkeringSinds) > 24
        ? 'participatiewet-lang'
        : 'participatiewet-kort';
    case 'ww':
      return 'ww';
    case 'geen':
      return 'geen-uitkering';
    default:
      return null;
  }
}
