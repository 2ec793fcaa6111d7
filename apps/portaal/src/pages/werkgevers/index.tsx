import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { Arrangement } from './arrangement';
import { Arrangementen } from './arrangementen';
import { Kandidaten } from './kandidaten';
import { Plaatsingen } from './plaatsingen';
import { Sroi } from './sroi';
import { VacaturesOverzicht } from './vacatures-overzicht';
import { Werkgever } from './werkgever';
import { WerkgeversLijst } from './werkgevers-lijst';
import './werkgevers.css';

/** Employer team: employers, vacancies, candidates, placements, arrangements, SROI, afspraakbanen. */
export const werkgeversMenu: Menu[] = [
  { pad: '/werkgevers', label: 'Werkgevers', rollen: ['werkgeversteam'] },
  { pad: '/vacatures', label: 'Vacatures', rollen: ['werkgeversteam'] },
  { pad: '/plaatsingen', label: 'Plaatsingen', rollen: ['werkgeversteam'] },
  { pad: '/arrangementen', label: 'Arrangementen', rollen: ['werkgeversteam'] },
  { pad: '/sroi', label: 'SROI en afspraakbanen', rollen: ['werkgeversteam'] },
];
export const werkgeversRoutes: RouteObject[] = [
  { path: '/werkgevers', element: <WerkgeversLijst /> },
  { path: '/werkgevers/:id', element: <Werkgever /> },
  { path: '/vacatures', element: <VacaturesOverzicht /> },
  { path: '/vacatures/:id/kandidaten', element: <Kandidaten /> },
  { path: '/plaatsingen', element: <Plaatsingen /> },
  { path: '/arrangementen', element: <Arrangementen /> },
  { path: '/arrangementen/:id', element: <Arrangement /> },
  { path: '/sroi', element: <Sroi /> },
];
