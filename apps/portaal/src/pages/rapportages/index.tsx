import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** The half-year council report (and the board's quarterly one): preview, publish, download. */
export const rapportagesMenu: Menu[] = [{ pad: '/rapportages', label: 'Rapportages', rollen: ['monitor'] }];
export const rapportagesRoutes: RouteObject[] = [
  {
    path: '/rapportages',
    lazy: async () => ({ Component: (await import('./rapportages')).Rapportages }),
  },
];
