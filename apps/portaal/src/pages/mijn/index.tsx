import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { MIJN_PAGINAS } from './paginas';
import './mijn.css';

/**
 * Mijn Werk in Zicht: the inwoner's own pages. Only for an inwoner session (zonderBeheer: staff, beheer too, never
 * see them; the services refuse them anyway, as every /mijn route takes the person from the token).
 */
export const mijnMenu: Menu[] = MIJN_PAGINAS.map(({ pad, label }) => ({
  pad,
  label,
  rollen: ['inwoner'],
  zonderBeheer: true,
  ...(pad === '/mijn' ? { alleenDezePagina: true as const } : {}),
}));

export const mijnRoutes: RouteObject[] = [
  { path: '/mijn', lazy: async () => ({ Component: (await import('./overzicht')).Overzicht }) },
  { path: '/mijn/traject', lazy: async () => ({ Component: (await import('./traject')).MijnTrajectPagina }) },
  { path: '/mijn/resultaten', lazy: async () => ({ Component: (await import('./resultaten')).Resultaten }) },
  { path: '/mijn/gegevens', lazy: async () => ({ Component: (await import('./gegevens')).MijnGegevensPagina }) },
  { path: '/mijn/toestemmingen', lazy: async () => ({ Component: (await import('./toestemmingen')).Toestemmingen }) },
  { path: '/mijn/inzage', lazy: async () => ({ Component: (await import('./inzage')).Inzage }) },
  { path: '/mijn/download', lazy: async () => ({ Component: (await import('./download')).Download }) },
];
