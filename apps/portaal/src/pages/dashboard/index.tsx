import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { Dashboard } from './dashboard';
import './dashboard.css';

/** The "20.000 inwoners een stap vooruit" dashboard. */
export const dashboardMenu: Menu[] = [{ pad: '/dashboard', label: 'Dashboard 20.000', rollen: ['monitor', 'consulent'] }];
export const dashboardRoutes: RouteObject[] = [{ path: '/dashboard', element: <Dashboard /> }];
