import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { Werklijst } from './werklijst';
import { TrajectPagina } from './traject-pagina';
import { Duurzaamheidscheck } from './duurzaamheidscheck';
import './consulent.css';

/** Consultant: worklist, traject page, follow-ups and the duurzaamheidscheck. */
export const consulentMenu: Menu[] = [{ pad: '/werklijst', label: 'Werklijst', rollen: ['consulent'] }];
export const consulentRoutes: RouteObject[] = [
  { path: '/werklijst', element: <Werklijst /> },
  { path: '/trajecten/:id', element: <TrajectPagina /> },
  { path: '/opvolgingen/:id', element: <Duurzaamheidscheck /> },
];
