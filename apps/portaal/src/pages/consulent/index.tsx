import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** Consultant: worklist, traject page, follow-ups and the duurzaamheidscheck. */
export const consulentMenu: Menu[] = [];
export const consulentRoutes: RouteObject[] = [];
