import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** The "20.000 inwoners een stap vooruit" dashboard. */
export const dashboardMenu: Menu[] = [];
export const dashboardRoutes: RouteObject[] = [];
