import type { Rol } from './auth/claims';

/** A menu item: shown to users with one of `rollen` (beheer sees everything). */
export interface Menu {
  pad: string;
  label: string;
  rollen: readonly Rol[];
  /** Only for `rollen`, not for beheer: the privacy officer's trail and requests are theirs alone (the API says so too). */
  zonderBeheer?: true;
}
