import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** Finance: regelingen, cost lines, claims. */
export const financienMenu: Menu[] = [];
export const financienRoutes: RouteObject[] = [];
