import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { CorrectieverzoekenLijst } from './correctieverzoeken/correctieverzoeken-lijst';
import { DubbelenLijst } from './dubbelen/dubbelen-lijst';
import { DubbelPaar } from './dubbelen/dubbel-paar';
import { IntakePagina } from './intake/intake-pagina';
import { InwonerPagina } from './inwoners/inwoner-pagina';
import { ZoekPagina } from './inwoners/zoek-pagina';
import './frontoffice.css';

/** Front office: intake form, finding inwoners, consent, corrections (and inwoners' requests) and possible duplicates. */
export const frontofficeMenu: Menu[] = [
  { pad: '/intake', label: 'Nieuwe aanmelding', rollen: ['frontoffice'] },
  { pad: '/inwoners', label: 'Inwoner zoeken', rollen: ['frontoffice'] },
  { pad: '/dubbelen', label: 'Mogelijke dubbelen', rollen: ['frontoffice'] },
  { pad: '/correctieverzoeken', label: 'Correctieverzoeken', rollen: ['frontoffice'] },
];
export const frontofficeRoutes: RouteObject[] = [
  { path: '/intake', element: <IntakePagina /> },
  { path: '/inwoners', element: <ZoekPagina /> },
  { path: '/inwoners/:id', element: <InwonerPagina /> },
  { path: '/dubbelen', element: <DubbelenLijst /> },
  { path: '/dubbelen/:a/:b', element: <DubbelPaar /> },
  { path: '/correctieverzoeken', element: <CorrectieverzoekenLijst /> },
];
