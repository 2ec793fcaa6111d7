import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { DeclaratieDetail } from './declaratie';
import { Declaraties } from './declaraties';
import { Kostenregels } from './kostenregels';
import { Regelingen } from './regelingen';
import './financien.css';

/** Finance: regelingen, cost lines, claims. */
export const financienMenu: Menu[] = [
  { pad: '/financien/declaraties', label: 'Declaraties', rollen: ['financien'] },
  { pad: '/financien/kostenregels', label: 'Kostenregels', rollen: ['financien'] },
  { pad: '/financien/regelingen', label: 'Regelingen', rollen: ['financien'] },
];
export const financienRoutes: RouteObject[] = [
  { path: '/financien/declaraties', element: <Declaraties /> },
  { path: '/financien/declaraties/:id', element: <DeclaratieDetail /> },
  { path: '/financien/kostenregels', element: <Kostenregels /> },
  { path: '/financien/regelingen', element: <Regelingen /> },
];
