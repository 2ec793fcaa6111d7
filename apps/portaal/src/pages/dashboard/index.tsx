import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** The "20.000 inwoners een stap vooruit" dashboard; its charts load only when the dashboard is opened. */
export const dashboardMenu: Menu[] = [
  { pad: '/dashboard', label: 'Dashboard 20.000', rollen: ['monitor', 'consulent'] },
];
export const dashboardRoutes: RouteObject[] = [
  {
    path: '/dashboard',
    lazy: async () => {
      const [{ Dashboard }] = await Promise.all([import('./dashboard'), import('./dashboard.css')]);
      return { Component: Dashboard };
    },
  },
];
