import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import './privacy.css';

/** The privacy officer (functionaris gegevensbescherming's office): the audit trail of all services, and requests. */
export const privacyMenu: Menu[] = [
  { pad: '/privacy/inzage', label: 'Inzage in persoonsgegevens', rollen: ['privacy'], zonderBeheer: true },
];
export const privacyRoutes: RouteObject[] = [
  { path: '/privacy/inzage', lazy: async () => ({ Component: (await import('./inzage-pagina')).InzagePagina }) },
  {
    path: '/privacy/rechtenverzoeken',
    lazy: async () => ({ Component: (await import('./rechtenverzoeken-pagina')).RechtenverzoekenPagina }),
  },
  {
    path: '/privacy/ongebruikelijk',
    lazy: async () => ({ Component: (await import('./ongebruikelijk-pagina')).OngebruikelijkPagina }),
  },
];
