import type { Rol } from './auth/claims';

/** A menu item: shown to users with one of `rollen` (beheer sees everything). */
export interface Menu {
  pad: string;
  label: string;
  rollen: readonly Rol[];
  /** Only for `rollen`, not for beheer: the privacy officer's trail and requests are theirs alone (the API says so too). */
  zonderBeheer?: true;
  /** Marked as the current page only on exactly this path, not on the pages below it (a start page such as /mijn). */
  alleenDezePagina?: true;
}
