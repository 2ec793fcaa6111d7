import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** The team lead's (and beheer's) management: medewerkers and the assignment rule. */
export const teamleiderMenu: Menu[] = [{ pad: '/medewerkers', label: 'Medewerkers', rollen: ['teamleider'] }];
export const teamleiderRoutes: RouteObject[] = [
  { path: '/medewerkers', lazy: async () => ({ Component: (await import('./medewerkers')).Medewerkers }) },
];
