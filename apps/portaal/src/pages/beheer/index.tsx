import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** Beheer's configuration: the monitor's targets (monitor may read them) and the skills vocabulary. */
export const beheerMenu: Menu[] = [
  { pad: '/beheer/streefwaarden', label: 'Streefwaarden', rollen: ['monitor'] },
  { pad: '/beheer/vaardigheden', label: 'Vaardigheden', rollen: [] },
];
export const beheerRoutes: RouteObject[] = [
  { path: '/beheer/streefwaarden', lazy: async () => ({ Component: (await import('./streefwaarden')).Streefwaarden }) },
  { path: '/beheer/vaardigheden', lazy: async () => ({ Component: (await import('./skills')).Skills }) },
];
