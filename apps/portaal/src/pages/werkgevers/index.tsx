import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';

/** Employer team: employers, vacancies, candidates, placements, SROI, afspraakbanen. */
export const werkgeversMenu: Menu[] = [];
export const werkgeversRoutes: RouteObject[] = [];
