import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** Front office: intake form, finding inwoners, consent. */
export const frontofficeMenu: Menu[] = [];
export const frontofficeRoutes: RouteObject[] = [];
