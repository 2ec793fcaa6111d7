import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { IntakePagina } from './intake/intake-pagina';
import { InwonerPagina } from './inwoners/inwoner-pagina';
import { ZoekPagina } from './inwoners/zoek-pagina';
import './frontoffice.css';

/** Front office: intake form, finding inwoners, consent. */
export const frontofficeMenu: Menu[] = [
  { pad: '/intake', label: 'Nieuwe aanmelding', rollen: ['frontoffice'] },
  { pad: '/inwoners', label: 'Inwoner zoeken', rollen: ['frontoffice'] },
];
export const frontofficeRoutes: RouteObject[] = [
  { path: '/intake', element: <IntakePagina /> },
  { path: '/inwoners', element: <ZoekPagina /> },
  { path: '/inwoners/:id', element: <InwonerPagina /> },
];
