import type { Rol } from './auth/claims';

/** A menu item: shown to users with one of `rollen` (beheer sees everything). */
export interface Menu {
  pad: string;
  label: string;
  rollen: readonly Rol[];
}
